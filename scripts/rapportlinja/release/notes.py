"""Release notes in Norwegian Markdown (the report's målform) since the previous release tag.

What changed comes from read.changes (the tree difference between the tags, the same answer as
«Hva er nytt»); who took part comes from the commits in between, as roles (see review/appendix.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rapportlinja.base.escape import markdown
from rapportlinja.base.labels import labels_for, long_date
from rapportlinja.read.changes import Changes
from rapportlinja.read.tags import Release
from rapportlinja.review import participation
from rapportlinja.review.appendix import Settings

NAME = "UTGIVELSESNOTATER.md"


class ChapterTitle(NamedTuple):
    rel: str
    title: str


class Notes(NamedTuple):
    since: str | None  # the previous release tag the changes are counted from; None for the first release
    changed: tuple[ChapterTitle, ...]  # chapters changed since the previous tag, in report order
    meetings_changed: int  # files under meetings/ changed
    changed_by: tuple[str, ...]
    approved_by: tuple[str, ...]


def gather(
    changes: Changes,
    commits: Sequence[participation.Commit],
    chapters: Sequence[ChapterTitle],
    how: Settings,
    language: str,
) -> Notes:
    """`changes`: the same record «Hva er nytt» is written from; `commits`: only for who took part."""
    changed = set(changes.changed_files)
    people = participation.people(commits)
    unknown = labels_for(language).participation_unknown_role
    return Notes(
        since=changes.previous,
        changed=tuple(c for c in chapters if c.rel in changed),
        meetings_changed=sum(1 for name in changes.files if name.startswith("meetings/")),
        changed_by=_names(people.changed, how._replace(show_roles=True), unknown),
        approved_by=_names(people.approved, how, unknown),
    )


def _names(people: Sequence[participation.Person], how: Settings, unknown: str) -> tuple[str, ...]:
    """Roles; with the edition's opt-in, the name of a reviewer the edition lists under «roller».

    Authors and co-authors are always roles: a Git identity is free text and never reaches the notes.
    """
    shown = {p.name if how.may_name(p.name) else how.roles.get(p.name, unknown) for p in people}
    return tuple(sorted(shown, key=str.casefold))


def render(
    title: str,
    release: Release,
    notes: Notes,
    files: Sequence[str],
    language: str,
    whats_new: str = "",
    tools: str = "",
) -> str:
    """`whats_new`: the «Hva er nytt» section in Markdown (render.whatsnew), placed first, for readers;
    `tools`: the versions that built the edition (render.toolchain), what a rebuild from the tag must match."""
    labels = labels_for(language)
    changed = labels.release_changed_since.format(tag=notes.since) if notes.since else labels.release_changed_first
    lines = [
        f"# {markdown(title)} – {release.tag}",
        "",
        labels.release_published.format(date=long_date(release.date), commit=release.commit[:10]),
        "",
        *([whats_new.rstrip("\n"), ""] if whats_new else []),
        f"## {changed}",
        "",
    ]
    lines += [f"- {markdown(c.title)} (`{c.rel}`)" for c in notes.changed] or [labels.release_none_changed]
    if notes.meetings_changed:
        sentence = labels.release_meetings_one if notes.meetings_changed == 1 else labels.release_meetings_many
        lines += ["", sentence.format(count=notes.meetings_changed)]
    lines += ["", f"## {labels.release_people}", ""]
    lines.append(f"- {labels.changed_by}: {_list(notes.changed_by)}")
    lines.append(f"- {labels.approved_by}: {_list(notes.approved_by)}")
    lines += ["", f"## {labels.release_files}", ""]
    lines += [f"- `{name}`" for name in files]
    lines += ["", labels.release_verify, ""]
    if tools:
        lines += [labels.release_tools.format(tools=tools), ""]  # our own names and version numbers
    return "\n".join(lines)


def _list(names: Sequence[str]) -> str:
    return ", ".join(markdown(n) for n in names) or "–"
