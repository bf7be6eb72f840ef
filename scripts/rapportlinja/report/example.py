"""The shipped example's identity, and the municipality facts that replace it on adoption.

The template ships a complete report for «Eksempel kommune» (number 9999) so that `rapport bygg` works on
a fresh clone. Once a municipality has made the repository its own (`rapport oppsett`), anything left of
that identity would be published as the municipality's: these are the traces a check looks for.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from importlib import resources
from typing import Any, NamedTuple

from ruamel.yaml import YAML

NAME = "Eksempel kommune"
NUMBER = "9999"
COUNTY_NAME = "Eksempel fylke"
COUNTY_CODE = "EKA99"
# The example's political treatment: a real edition has its own committees' dates.
TREATMENTS = (("Oppvekstutvalget", dt.date(2026, 4, 15)), ("Kommunestyret", dt.date(2026, 5, 6)))

# Text that only the example carries. The first two are its names, the rest its addresses and its note
# that the text is made up; the region codes are matched as whole CSV or YAML values elsewhere.
# The names are matched as names (capital E, whole words, genitive too): «for eksempel kommunen» is Norwegian.
MARKERS = ("eksempel-kommune", "example.invalid", "eksempel.kommune.no", "eksempelteksten")
_MARKER = re.compile(
    r"\b(?:Eksempel|EKSEMPEL) (?:kommune|KOMMUNE|fylke|FYLKE)S?s?\b|"
    + "|".join(r"(?i:" + re.escape(marker) + ")" for marker in MARKERS)
)

# Counties since 1 January 2024, by the first two digits of the municipality number (SSB's classification 104).
COUNTIES = {
    "03": "Oslo",
    "11": "Rogaland",
    "15": "Møre og Romsdal",
    "18": "Nordland",
    "31": "Østfold",
    "32": "Akershus",
    "33": "Buskerud",
    "34": "Innlandet",
    "39": "Vestfold",
    "40": "Telemark",
    "42": "Agder",
    "46": "Vestland",
    "50": "Trøndelag",
    "55": "Troms",
    "56": "Finnmark",
}


class County(NamedTuple):
    name: str
    kostra_code: str  # KOSTRA's region for the county's municipalities together: EKA + the county number


def county_of(number: str) -> County | None:
    name = COUNTIES.get(number[:2])
    return County(name, "EKA" + number[:2]) if name else None


def is_template(edition: Any) -> bool:
    """The repository is still the example itself (not adopted): its identity is not a leftover there."""
    municipality = edition.get("kommune") if isinstance(edition, dict) else None
    return isinstance(municipality, dict) and str(municipality.get("nummer")) == NUMBER


def markers_in(line: str) -> list[tuple[int, str]]:
    """(1-based column, marker) for every trace of the example in one line of text."""
    return [(match.start() + 1, match.group(0)) for match in _MARKER.finditer(line)]


class Nynorsk(NamedTuple):
    """The example's data in nynorsk (report/nynorsk.yaml): bokmål value → nynorsk value."""

    roles: dict[str, str]
    texts: dict[str, str]

    def value(self, text: str) -> str:
        return self.roles.get(text) or self.texts.get(text) or text


@functools.cache
def nynorsk() -> Nynorsk:
    text = resources.files("rapportlinja").joinpath("report", "nynorsk.yaml").read_text("utf-8")
    data: dict[str, Any] = YAML(typ="safe").load(text)
    return Nynorsk(dict(data["roller"]), {str(k): str(v) for k, v in data["tekster"].items()})


@functools.cache
def nynorsk_chapters() -> dict[str, str]:
    """The example's chapters in nynorsk (report/nynorsk/kapitler), by file name: the same files, headings' ids
    and fenced blocks as the bokmål ones, so links between chapters and the key figures stay as they are."""
    return _shipped("kapitler", ".md")


@functools.cache
def nynorsk_images() -> dict[str, str]:
    """The example's figures (report/nynorsk/bilder) with their labels, title and description in nynorsk."""
    return _shipped("bilder", ".svg")


def _shipped(folder: str, suffix: str) -> dict[str, str]:
    where = ("report", "nynorsk", folder)
    names = [e.name for e in resources.files("rapportlinja").joinpath(*where).iterdir() if e.name.endswith(suffix)]
    return {name: resources.files("rapportlinja").joinpath(*where, name).read_text("utf-8") for name in names}


def to_nynorsk(data: Any) -> Any:
    """Every string value in parsed YAML (round-trip data, changed in place) that the table knows, in nynorsk.

    Keys, ids and numbers are never in the table, so they stay as the program reads them.
    """
    table = nynorsk()
    if isinstance(data, dict):
        for key, value in data.items():
            data[key] = to_nynorsk(value)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            data[index] = to_nynorsk(value)
    elif isinstance(data, str):
        translated = table.value(data)
        # A quoted scalar keeps its quotes: the same type, with the new text.
        return type(data)(translated) if translated != data and type(data) is not str else translated
    return data
