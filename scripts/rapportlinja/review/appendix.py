"""The «Medvirkning» appendix: per chapter, who changed it (Git) and who approved it (GitHub), and when.

Roles by default: the same report may describe threats against staff, so names appear only
when the edition opts in with «medvirkning_visning: navn».
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from rapportlinja.content.documents import load_yaml_file
from rapportlinja.content.model import Chapter
from rapportlinja.layout import Layout
from rapportlinja.render.labels import labels, long_date
from rapportlinja.review import approvals, participation
from rapportlinja.review.github_api import ApiError, GitHub, Opener
from rapportlinja.review.participation import Person
from rapportlinja.review.words import words


class Settings(NamedTuple):
    show_roles: bool  # True unless «medvirkning_visning: navn»
    roles: Mapping[str, str]  # name → role


class Row(NamedTuple):
    title: str
    changed: str
    approved: str


class Appendix(NamedTuple):
    available: bool  # False when the report is not built from a Git repository
    rows: tuple[Row, ...]
    note: str = ""  # one sentence when GitHub's approvals could not be read; nobody is named then


class Approved(NamedTuple):
    """Approvers per chapter file, or the sentence that says why there are none."""

    people: Mapping[str, tuple[Person, ...]]
    note: str


def settings(data: Any) -> Settings:
    data = data if isinstance(data, dict) else {}
    roles = data.get("roller") if isinstance(data.get("roller"), dict) else {}
    return Settings(data.get("medvirkning_visning") != "navn", {str(k): str(v) for k, v in roles.items()})


def build(
    layout: Layout,
    chapters: Sequence[Chapter],
    language: str,
    env: Mapping[str, str] | None = None,
    opener: Opener | None = None,
) -> Appendix:
    """Read Git history, the display setting and GitHub's reviews; the only I/O in this module."""
    commits = participation.read_commits(layout.root)
    if commits is None:
        return Appendix(False, ())
    edition = load_yaml_file(layout.edition_file, layout.rel(layout.edition_file), "rapport")
    data = edition.data if isinstance(edition.data, dict) else {}
    how = settings(data)
    shas = participation.shas_by_file(commits, [c.rel for c in chapters])
    approved = read_approvals(shas, data, how, language, os.environ if env is None else env, opener)
    return appendix(commits, chapters, how, language, approved)


def read_approvals(
    shas: Mapping[str, Sequence[str]],
    edition: Mapping[str, Any],
    how: Settings,
    language: str,
    env: Mapping[str, str],
    opener: Opener | None,
) -> Approved:
    said = words(language)
    api = GitHub.from_environment(env, opener)
    repository = env.get("GITHUB_REPOSITORY", "").strip()
    if api is None or not repository:
        return Approved({}, said["approvals_local"])
    reader = approvals.Reader(api, repository)
    try:
        members = approvals.members_by_role(
            reader, _strings(edition.get("team")), _lists(edition.get("team_medlemmer"))
        )
        found = approvals.by_file(reader, shas, members)
        unknown = labels(language)["participation_unknown_role"]
        names = {} if how.show_roles else {a.login: reader.display_name(a.login) for f in found.values() for a in f}
    except ApiError as error:
        return Approved({}, said["approvals_offline" if error.status == 0 else "approvals_denied"])
    people = {
        rel: _latest([((a.role or unknown) if how.show_roles else names[a.login], a.date) for a in here])
        for rel, here in found.items()
    }
    return Approved(people, "")


def _latest(pairs: Sequence[tuple[str, dt.date]]) -> tuple[Person, ...]:
    latest: dict[str, dt.date] = {}
    for name, date in pairs:
        latest[name] = max(latest.get(name, date), date)
    return tuple(Person(name, date) for name, date in sorted(latest.items(), key=lambda item: item[0].casefold()))


def _strings(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _lists(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    return {str(k): [str(item) for item in v] for k, v in value.items() if isinstance(v, list)}


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
            describe(histories[c.rel].changed, how, language),
            # Approvers are already roles or names as GitHub knows them: no second mapping.
            describe(approved.people.get(c.rel, ()), how._replace(show_roles=False), language),
        )
        for c in chapters
    )
    return Appendix(True, rows, approved.note)


def describe(people: Sequence[Person], how: Settings, language: str) -> str:
    """«Kari Nordmann (2. mars 2026), Ola Nordmann (4. mars 2026)», or roles; «–» when nobody."""
    if how.show_roles:
        people = _as_roles(people, how.roles, labels(language)["participation_unknown_role"])
    return ", ".join(f"{p.name} ({long_date(p.last)})" for p in people) or "–"


def _as_roles(people: Sequence[Person], roles: Mapping[str, str], unknown: str) -> list[Person]:
    latest: dict[str, dt.date] = {}
    for person in people:
        role = roles.get(person.name, unknown)
        latest[role] = max(latest.get(role, person.last), person.last)
    return [Person(role, date) for role, date in sorted(latest.items())]
