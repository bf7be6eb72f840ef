"""Release notes in Norwegian Markdown from Git history since the previous release tag."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rapportlinja.release.tags import Release
from rapportlinja.render.escape import markdown
from rapportlinja.render.labels import long_date
from rapportlinja.review import participation
from rapportlinja.review.appendix import Settings

NAME = "UTGIVELSESNOTATER.md"


class ChapterTitle(NamedTuple):
    rel: str
    title: str


class Notes(NamedTuple):
    changed: tuple[ChapterTitle, ...]  # chapters changed since the previous tag, in report order
    meetings_changed: int  # files under meetings/ changed
    changed_by: tuple[str, ...]
    approved_by: tuple[str, ...]


def gather(commits: Sequence[participation.Commit], chapters: Sequence[ChapterTitle], how: Settings) -> Notes:
    touched = {name for commit in commits for name in commit.files}
    people = participation.people(commits)
    return Notes(
        changed=tuple(c for c in chapters if c.rel in touched),
        meetings_changed=sum(1 for name in touched if name.startswith("meetings/")),
        changed_by=_names(people.changed, how),
        approved_by=_names(people.approved, how),
    )


def _names(people: Sequence[participation.Person], how: Settings) -> tuple[str, ...]:
    if not how.show_roles:
        return tuple(p.name for p in people)
    return tuple(sorted({how.roles.get(p.name, "medarbeider") for p in people}))


def render(title: str, release: Release, notes: Notes, files: Sequence[str]) -> str:
    since = f"siden {release.previous}" if release.previous else "(første utgivelse)"
    lines = [
        f"# {markdown(title)} – {release.tag}",
        "",
        f"Utgitt {long_date(release.date)} fra commit {release.commit[:10]}.",
        "",
        f"## Endrede kapitler {since}",
        "",
    ]
    lines += [f"- {markdown(c.title)} (`{c.rel}`)" for c in notes.changed] or ["Ingen kapitler er endret."]
    if notes.meetings_changed:
        lines += [
            "",
            f"Rapporteringsrutinen (meetings/): {notes.meetings_changed} "
            f"{'fil' if notes.meetings_changed == 1 else 'filer'} endret.",
        ]
    lines += ["", "## Hvem har vært med", ""]
    lines.append(f"- Endret av: {_list(notes.changed_by)}")
    lines.append(f"- Godkjent av: {_list(notes.approved_by)}")
    lines += ["", "## Filer", ""]
    lines += [f"- `{name}`" for name in files]
    lines += ["", "Sjekk at filene er uendret med «sha256sum -c SHA256SUMS».", ""]
    return "\n".join(lines)


def _list(names: Sequence[str]) -> str:
    return ", ".join(markdown(n) for n in names) or "–"
