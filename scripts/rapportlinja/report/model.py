"""Typed records for the report: the edition and its chapters."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple


class Treatment(NamedTuple):
    committee: str
    date: dt.date


class Edition(NamedTuple):
    municipality: str
    municipality_number: str
    year: int
    title: str
    subtitle: str
    language: str  # "nb" or "nn"
    responsible: str
    treatments: tuple[Treatment, ...]
    chapter_files: tuple[str, ...]
    logo: str | None
    logo_alt: str | None


class Chapter(NamedTuple):
    file: str  # name under report/kapitler/
    rel: str
    title: str
    responsible: str
    status: str
    classification: str
    legal_basis: str | None
    participation: tuple[str, ...]
    reviewers: tuple[str, ...]
    revised: dt.date
    body: str
    body_first_line: int

    @property
    def public(self) -> bool:
        return self.classification == "offentlig"


def edition_from(data: dict[str, Any]) -> Edition:
    """Build from data that has passed the schema."""
    return Edition(
        municipality=data["kommune"]["navn"],
        municipality_number=data["kommune"]["nummer"],
        year=data["år"],
        title=data["tittel"],
        subtitle=data.get("undertittel", ""),
        language=data["målform"],
        responsible=data["ansvarlig"],
        treatments=tuple(
            Treatment(t["utvalg"], dt.date.fromisoformat(t["dato"])) for t in data.get("politisk_behandling", [])
        ),
        chapter_files=tuple(data["kapitler"]),
        logo=data.get("logo"),
        logo_alt=data.get("logo_alt"),
    )


def chapter_from(file: str, rel: str, data: dict[str, Any], body: str, body_first_line: int) -> Chapter:
    return Chapter(
        file=file,
        rel=rel,
        title=data["tittel"],
        responsible=data["ansvarlig"],
        status=data["status"],
        classification=data["klassifisering"],
        legal_basis=data.get("hjemmel"),
        participation=tuple(data.get("medvirkning", [])),
        reviewers=tuple(data.get("godkjennes_av", [])),
        revised=dt.date.fromisoformat(data["sist_revidert"]),
        body=body,
        body_first_line=body_first_line,
    )
