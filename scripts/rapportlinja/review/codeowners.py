""".github/CODEOWNERS from the chapters' «godkjennes_av» and the role → team mapping.

GitHub asks the code owners of a changed file for review; with branch protection that
requires code-owner review, a change to «Bemanning og kompetanse» cannot be merged
before the tillitsvalgte have approved it. The file is generated, never edited by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from rapportlinja.report.snapshot import Snapshot

CODEOWNERS = ".github/CODEOWNERS"

HEADER = (
    "# Laget av «rapport kodeeiere» fra «godkjennes_av» i kapitlene og «team» i report/rapport.yaml.\n"
    "# Ikke rediger denne filen for hånd: endre kildene og kjør «rapport kodeeiere».\n"
    "# GitHub ber eierne av en fil om gjennomgang når filen endres i en pull request.\n"
)


class Requirement(NamedTuple):
    """One chapter file and the roles that must review changes to it."""

    rel: str
    roles: tuple[str, ...]


class Rule(NamedTuple):
    pattern: str
    owners: tuple[str, ...]


def requirements(snapshot: Snapshot) -> list[Requirement] | None:
    """What the chapters ask for; None when a chapter cannot be read (its error is reported elsewhere)."""
    found = []
    for chapter in snapshot.chapters.values():
        data = chapter.loaded.data
        if data is None:
            return None
        roles = data.get("godkjennes_av") or []
        if isinstance(roles, list) and roles:
            found.append(Requirement(chapter.loaded.rel, tuple(str(r) for r in roles)))
    return sorted(found)


def teams(snapshot: Snapshot) -> dict[str, str]:
    data = snapshot.edition.data
    mapping = data.get("team", {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in mapping.items()} if isinstance(mapping, dict) else {}


def rules(needed: Sequence[Requirement], team_of: Mapping[str, str]) -> list[Rule]:
    """One rule per chapter; roles without a team are left out (the check reports them)."""
    result = []
    for requirement in needed:
        owners = tuple(dict.fromkeys(team_of[r] for r in requirement.roles if r in team_of))
        if owners:
            result.append(Rule("/" + requirement.rel, owners))
    if result:
        # Whoever must approve a chapter must also approve a change to who approves it.
        every = tuple(sorted({owner for rule in result for owner in rule.owners}))
        result.append(Rule("/" + CODEOWNERS, every))
    return result


def render(file_rules: Sequence[Rule]) -> str:
    lines = [f"{rule.pattern} {' '.join(rule.owners)}" for rule in file_rules]
    return HEADER + "\n" + "\n".join(lines) + ("\n" if lines else "")


def expected(snapshot: Snapshot) -> str | None:
    """The CODEOWNERS text the repository should have; None if the chapters cannot be read."""
    needed = requirements(snapshot)
    if needed is None:
        return None
    return render(rules(needed, teams(snapshot)))
