"""One source for each YAML key: the record mappers read only keys the schema declares.

A key is declared in the schema (which validates the file and writes the README's key table) and read by
a mapper (`edition_from`, `chapter_from`, …). A typo in the mapper («titel») would pass every file that the
schema accepts and fail only at run time; this test reads the mappers' code and holds them to the schema.
"""

from __future__ import annotations

import ast
import inspect
import json
from collections.abc import Callable
from typing import Any

import pytest

from rapportlinja.meetings.minutes import classification_from, minutes_from
from rapportlinja.meetings.routine import line_from, routine_from
from rapportlinja.read.schemas import schema
from rapportlinja.report.model import chapter_from, edition_from

MAPPERS: list[tuple[str, Callable[..., Any], tuple[str, ...]]] = [
    ("rapport", edition_from, ()),
    ("kapittel", chapter_from, ()),
    ("referat", minutes_from, ()),
    ("referat", classification_from, ()),
    ("rutine", routine_from, ()),
    ("rutine", line_from, ("linjer", "items")),
]


def keys_read(function: Callable[..., Any]) -> set[str]:
    """Every string used as `x["key"]` or `x.get("key")` in the function's body."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(function).strip())):
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            found.add(node.slice.value)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(node.args[0].value)
    return {key for key in found if isinstance(key, str)}


def declared(kind: str, path: tuple[str, ...]) -> set[str]:
    """The keys the schema declares at `path`, and every nested object's keys, $defs included."""
    root = schema(kind)
    node: dict[str, Any] = root
    for step in path:
        node = node["properties"][step] if step in node.get("properties", {}) else node[step]
    names: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            names.update(value.get("properties", {}))
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(node)
    walk(root.get("$defs", {}))
    return names


@pytest.mark.parametrize(("kind", "mapper", "path"), MAPPERS, ids=lambda value: getattr(value, "__name__", str(value)))
def test_a_mapper_reads_only_declared_keys(kind: str, mapper: Callable[..., Any], path: tuple[str, ...]) -> None:
    read = keys_read(mapper)
    assert read, f"{mapper.__name__} reads no keys: the test would prove nothing"
    unknown = read - declared(kind, path)
    assert not unknown, f"{mapper.__name__} reads keys that {kind}.schema.json does not declare: {sorted(unknown)}"


def test_the_test_finds_a_misspelt_key() -> None:
    def misspelt(data: dict[str, Any]) -> str:
        return str(data["titel"]) + str(data.get("tittel"))

    assert keys_read(misspelt) == {"titel", "tittel"}
    assert "titel" not in declared("kapittel", ())
    assert json.dumps(sorted(declared("kapittel", ())))  # the schema is read, not assumed
