"""The «Medvirkning» appendix: per chapter, who changed it (Git) and who approved it (GitHub), and when.

Roles, never Git identities: the same report may describe threats against staff, and a Git author
field or «Co-authored-by:» trailer is free text anyone can type (a child's name, a case number).
Who changed a chapter is always shown as roles. When the edition opts in with
«medvirkning_visning: navn», approvers are named, and only those matched to a role whose name the
edition lists under «roller» (reviewed, and scanned by `rapport sjekk`); everyone else is a role.
Approvers come from GitHub's reviews (read/approvals.py), never from who merged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from rapportlinja.base.labels import labels_for, long_date
from rapportlinja.report.model import Chapter
from rapportlinja.review import participation
from rapportlinja.review.participation import Person


class Settings(NamedTuple):
    show_roles: bool  # True unless «medvirkning_visning: navn»
    roles: Mapping[str, str]  # name → role

    def may_name(self, name: str) -> bool:
        """Only with the edition's opt-in, and only a person the edition lists by name with a role."""
        return not self.show_roles and name in self.roles


class Row(NamedTuple):
    title: str
    changed: str
    approved: str


class Appendix(NamedTuple):
    available: bool  # False when the report is not built from a Git repository (or from a shallow clone)
    rows: tuple[Row, ...]
    note: str = ""  # one sentence when GitHub's approvals or the history could not be read; nobody is named then
    record: str = ""  # the approvals as read (godkjenninger.json's text), so a release can publish what it showed


class Approved(NamedTuple):
    """Approvers per chapter file (already roles or names), or the sentence that says why there are none."""

    people: Mapping[str, tuple[Person, ...]]
    note: str
    record: str = ""  # the record the approvers were read from (read/approvals_record.py); "" when none was read


def settings(data: Any) -> Settings:
    data = data if isinstance(data, dict) else {}
    roles = data.get("roller") if isinstance(data.get("roller"), dict) else {}
    return Settings(data.get("medvirkning_visning") != "navn", {str(k): str(v) for k, v in roles.items()})


def appendix(
    commits: Sequence[participation.Commit],
    chapters: Sequence[Chapter],
    how: Settings,
    language: str,
    approved: Approved | None = None,
) -> Appendix:
    approved = approved or Approved({}, "")
    histories = participation.by_file(commits, [c.rel for c in chapters])
    rows = tuple(
        Row(
            c.title,
            describe(histories[c.rel].changed, how._replace(show_roles=True), language),
            # Approvers are already roles or names as GitHub knows them: no second mapping.
            describe(approved.people.get(c.rel, ()), how._replace(show_roles=False), language),
        )
        for c in chapters
    )
    return Appendix(True, rows, approved.note, approved.record)


def describe(people: Sequence[Person], how: Settings, language: str) -> str:
    """«Kari Nordmann (2. mars 2026), Ola Nordmann (4. mars 2026)», or roles; «–» when nobody."""
    if how.show_roles:
        people = _as_roles(people, how.roles, labels_for(language).participation_unknown_role)
    return ", ".join(f"{p.name} ({long_date(p.last)})" for p in people) or "–"


def _as_roles(people: Sequence[Person], roles: Mapping[str, str], unknown: str) -> list[Person]:
    latest: dict[str, dt.date] = {}
    for person in people:
        role = roles.get(person.name, unknown)
        latest[role] = max(latest.get(role, person.last), person.last)
    return [Person(role, date) for role, date in sorted(latest.items())]
