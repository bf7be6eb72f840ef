"""Filing in the municipality's case and archive system (Noark 5 through KS' Fiks Arkiv): the records.

The settings come from the optional «arkiv» section of report/rapport.yaml, which the municipality fills in
with its archive (arkivdel and klassifikasjon are the archive's codes, not ours). A filed document is an
`Entry` in a `Folder`: one saksmappe per meeting line and year (or per report year), one journalpost per
approved minutes or released edition, the PDF/A as its only document.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

SYSTEM = "Rapportlinja"  # «fagsystem» in the external keys, so a second filing lands in the same folder


class Settings(NamedTuple):
    archive_part: str  # arkivdel, e.g. «Sakarkiv»
    classification_system: str | None  # klassifikasjonssystemID, e.g. «ARKNØKKEL»
    class_id: str  # klasseID, e.g. the K-code the archive uses for reporting in child welfare
    unit: str  # administrativ enhet, a unit's name (never a person)
    access_codes: dict[str, str]  # legal basis (as in the marking) → the archive's tilgangskode


class Access(NamedTuple):
    """Noark's screening pair: tilgangsrestriksjon (the archive's code) and skjermingshjemmel (the basis)."""

    code: str
    basis: str


class Folder(NamedTuple):
    key: str  # the external key: the same line and year always name the same saksmappe
    title: str
    year: int
    responsible: str  # a role, never a name


class Entry(NamedTuple):
    key: str
    title: str
    public_title: str  # what the public journal shows
    date: dt.date  # dokumentets dato
    responsible: str  # a role
    access: Access | None  # None: the document is public
    file_name: str
    sha256: str
    size: int


class Record(NamedTuple):
    """What one arkivmelding.xml carries."""

    settings: Settings
    folder: Folder
    entry: Entry


def settings_from(edition: dict[str, Any]) -> Settings | None:
    """The «arkiv» section of report/rapport.yaml, after the schema; None when the municipality has none."""
    section = edition.get("arkiv")
    if not isinstance(section, dict):
        return None
    classification = section["klassifikasjon"]
    return Settings(
        archive_part=section["arkivdel"],
        classification_system=classification.get("system"),
        class_id=classification["klasse"],
        unit=section["administrativ_enhet"],
        access_codes=dict(section.get("tilgangskoder", {})),
    )


def folder_key(municipality_number: str, kind: str, name: str, year: int) -> str:
    """A stable key for the saksmappe: kommunenummer, kind, line (or report) and year."""
    return f"{municipality_number}/{kind}/{name}/{year}"
