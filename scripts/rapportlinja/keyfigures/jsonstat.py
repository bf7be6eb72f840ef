"""A small reader for JSON-stat 2.0 datasets, as SSB's PxWebApi v2 returns them (outputFormat=json-stat2).

Only what we need: the dimensions in `id` order with `size`, each category's index
(an object or a list), and `value` as a dense list or a sparse object. Roles (`time`,
`geo`, `metric`) tell which dimension is which. See https://json-stat.org/format/.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class JsonStatError(ValueError):
    """The response is not a JSON-stat 2.0 dataset we can read."""


class Cell(NamedTuple):
    coordinates: dict[str, str]  # dimension id → category code
    value: float


class Dataset(NamedTuple):
    dimensions: tuple[str, ...]
    roles: dict[str, tuple[str, ...]]  # «time», «geo», «metric» → dimension ids
    labels: dict[str, dict[str, str]]  # dimension → code → label
    cells: tuple[Cell, ...]  # only the cells that have a value

    def role(self, name: str, fallback: str) -> str:
        found = self.roles.get(name, ())
        return found[0] if found else fallback


def parse(data: Any) -> Dataset:
    if not isinstance(data, dict) or data.get("class") != "dataset" or "id" not in data:
        raise JsonStatError("ikke et JSON-stat 2.0-datasett")
    ids, sizes = list(data["id"]), list(data.get("size", []))
    if len(ids) != len(sizes):
        raise JsonStatError("«id» og «size» har ulik lengde")
    codes = [_codes(data["dimension"][d]["category"], size) for d, size in zip(ids, sizes, strict=True)]
    total = 1
    for size in sizes:
        total *= size
    cells = []
    for position, value in _values(data.get("value"), total):
        if value is None:
            continue  # SSB marks missing or confidential figures with null and a status
        cells.append(Cell(_coordinates(position, ids, sizes, codes), float(value)))
    roles = {name: tuple(dims) for name, dims in (data.get("role") or {}).items()}
    labels = {d: dict(data["dimension"][d]["category"].get("label", {})) for d in ids}
    return Dataset(tuple(ids), roles, labels, tuple(cells))


def _codes(category: dict[str, Any], size: int) -> list[str]:
    index = category.get("index")
    if index is None:  # a single category may give only a label
        codes = list(category.get("label", {}))
    elif isinstance(index, list):
        codes = list(index)
    else:
        codes = [code for code, _ in sorted(index.items(), key=lambda item: item[1])]
    if len(codes) != size:
        raise JsonStatError("antall kategorier stemmer ikke med «size»")
    return codes


def _values(value: Any, total: int) -> list[tuple[int, Any]]:
    if isinstance(value, list):
        if len(value) != total:
            raise JsonStatError("«value» har feil lengde")
        return list(enumerate(value))
    if isinstance(value, dict):
        return sorted((int(key), item) for key, item in value.items())
    raise JsonStatError("mangler «value»")


def _coordinates(position: int, ids: list[str], sizes: list[int], codes: list[list[str]]) -> dict[str, str]:
    """Row-major order: the last dimension varies fastest."""
    found = {}
    for dim, size, dim_codes in reversed(list(zip(ids, sizes, codes, strict=True))):
        position, index = divmod(position, size)
        found[dim] = dim_codes[index]
    return found
