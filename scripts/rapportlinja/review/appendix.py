"""The «Medvirkning» appendix: per chapter, who changed it and who approved it, and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from rapportlinja.base.labels import labels_for, long_date
from rapportlinja.report.model import Chapter
from rapportlinja.review import participation
from rapportlinja.review.participation import Person


class Settings(NamedTuple):
    show_roles: bool  # «medvirkning_visning: roller»
    roles: Mapping[str, str]  # name → role


class Row(NamedTuple):
    title: str
    changed: str
    approved: str


class Appendix(NamedTuple):
    available: bool  # False when the report is not built from a Git repository
    rows: tuple[Row, ...]


def settings(data: Any) -> Settings:
    data = data if isinstance(data, dict) else {}
    roles = data.get("roller") if isinstance(data.get("roller"), dict) else {}
    return Settings(data.get("medvirkning_visning") == "roller", {str(k): str(v) for k, v in roles.items()})


def appendix(
    commits: Sequence[participation.Commit], chapters: Sequence[Chapter], how: Settings, language: str
) -> Appendix:
    histories = participation.by_file(commits, [c.rel for c in chapters])
    rows = tuple(
        Row(
            c.title,
            describe(histories[c.rel].changed, how, language),
            describe(histories[c.rel].approved, how, language),
        )
        for c in chapters
    )
    return Appendix(True, rows)


def describe(people: Sequence[Person], how: Settings, language: str) -> str:
    """«Kari Nordmann (2. mars 2026), Ola Nordmann (4. mars 2026)», or roles; «–» when nobody."""
    if how.show_roles:
        people = _as_roles(people, how.roles, labels_for(language)["participation_unknown_role"])
    return ", ".join(f"{p.name} ({long_date(p.last)})" for p in people) or "–"


def _as_roles(people: Sequence[Person], roles: Mapping[str, str], unknown: str) -> list[Person]:
    latest: dict[str, dt.date] = {}
    for person in people:
        role = roles.get(person.name, unknown)
        latest[role] = max(latest.get(role, person.last), person.last)
    return [Person(role, date) for role, date in sorted(latest.items())]
