""".github/CODEOWNERS from the chapters' «godkjennes_av» and the role → team mapping.

GitHub asks the code owners of a changed file for review; with branch protection that
requires code-owner review, a change to «Bemanning og kompetanse» cannot be merged
before the tillitsvalgte have approved it. The same holds for the key-figure data that a
chapter's ```nokkeltall and ```samarbeid blocks show: a changed number in the CSV changes
the chapter as surely as a changed sentence.

The file has two parts: one written by hand (owners of .github/, scripts/, schemas/, named
by the municipality), which the generator keeps as it is, and the generated rules after it.
GitHub lets the last matching rule win, so a chapter's own rule always beats a broad
hand-written one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from rapportlinja.base import yamldoc
from rapportlinja.keyfigures import blocks as keyfigure_blocks
from rapportlinja.keyfigures.indicators import INDICATORS_FILE
from rapportlinja.keyfigures.series import VALUES_FILE
from rapportlinja.report import fenced
from rapportlinja.report.snapshot import Snapshot
from rapportlinja.survey.output import data_file, shown_year

CODEOWNERS = ".github/CODEOWNERS"

HEADER = (
    "# Laget av «rapport kodeeiere» fra «godkjennes_av» i kapitlene og «team» i report/rapport.yaml.\n"
    "# Ikke rediger de genererte reglene for hånd: endre kildene og kjør «rapport kodeeiere».\n"
    "# GitHub ber eierne av en fil om gjennomgang når filen endres i en pull request.\n"
)
MANUAL_START = "# --- Skrevet for hånd: «rapport kodeeiere» beholder alt herfra til sluttlinjen ---"
MANUAL_END = "# --- Slutt på delen som er skrevet for hånd ---"
DEFAULT_MANUAL = (
    "# Eiere av verktøyet og oppsettet. Bytt ut teamet med det kommunen har valgt, og fjern «#».\n"
    "# /.github/ @kommune/team\n"
    "# /scripts/ @kommune/team\n"
    "# /schemas/ @kommune/team\n"
)
GENERATED = (
    "# Generert fra kapitlene (GitHub bruker den siste regelen som treffer, så disse vinner over reglene over):\n"
)
# CODEOWNERS has no way to write «[», «]» or a literal «*»/«?» (GitHub documents that
# character ranges are unsupported): «?» matches exactly one character, so the rule still
# covers the file. A space is written as «\ », as GitHub documents.
_UNSAFE = re.compile(r"[\[\]*?\\\t\r\n\f\v]")


class Requirement(NamedTuple):
    """One chapter file, the roles that must review changes to it, and the data files it shows."""

    rel: str
    roles: tuple[str, ...]
    data: tuple[str, ...] = ()


class Rule(NamedTuple):
    pattern: str
    owners: tuple[str, ...]


def data_files(body: str, year: object) -> tuple[str, ...]:
    """The data files a chapter's blocks read: the key figures, and the partner survey of each block's
    year (its «år», or the report's)."""
    found: list[str] = []
    if fenced.find(body, 1, keyfigure_blocks.NAME):
        found += [VALUES_FILE, INDICATORS_FILE]
    for block in fenced.find(body, 1, "samarbeid"):
        shown = shown_year(yamldoc.load(block.text, "").data, year)
        if isinstance(shown, int) and not isinstance(shown, bool) and data_file(shown) not in found:
            found.append(data_file(shown))
    return tuple(found)


def requirements(snapshot: Snapshot) -> list[Requirement] | None:
    """What the chapters ask for; None when a chapter cannot be read (its error is reported elsewhere)."""
    edition = snapshot.edition.data if isinstance(snapshot.edition.data, dict) else {}
    found = []
    for chapter in snapshot.chapters.values():
        data = chapter.loaded.data
        if data is None:
            return None
        roles = data.get("godkjennes_av") or []
        if isinstance(roles, list) and roles:
            used = data_files(chapter.loaded.body, edition.get("år"))
            found.append(Requirement(chapter.loaded.rel, tuple(str(r) for r in roles), used))
    return sorted(found)


def teams(snapshot: Snapshot) -> dict[str, str]:
    data = snapshot.edition.data
    mapping = data.get("team", {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in mapping.items()} if isinstance(mapping, dict) else {}


def pattern(rel: str) -> str:
    """A rule pattern that matches exactly this repository-relative file, whatever its name."""
    return "/" + _UNSAFE.sub("?", rel).replace(" ", "\\ ")


def rules(needed: Sequence[Requirement], team_of: Mapping[str, str]) -> list[Rule]:
    """One rule per chapter, one per data file (with the owners of every chapter that shows it).

    Roles without a team are left out (the check reports them).
    """
    result = []
    data_owners: dict[str, dict[str, None]] = {}
    for requirement in needed:
        owners = tuple(dict.fromkeys(team_of[r] for r in requirement.roles if r in team_of))
        if owners:
            result.append(Rule(pattern(requirement.rel), owners))
            for rel in requirement.data:
                data_owners.setdefault(rel, {}).update(dict.fromkeys(owners))
    result += [Rule(pattern(rel), tuple(owners)) for rel, owners in sorted(data_owners.items())]
    if result:
        # Whoever must approve a chapter must also approve a change to who approves it.
        every = tuple(sorted({owner for rule in result for owner in rule.owners}))
        result.append(Rule(pattern(CODEOWNERS), every))
    return result


def manual_part(current: str | None) -> str:
    """The hand-written lines between the markers of the current file, or the commented example."""
    if current:
        lines = current.replace("\r\n", "\n").split("\n")
        if MANUAL_START in lines and MANUAL_END in lines[lines.index(MANUAL_START) :]:
            start = lines.index(MANUAL_START)
            end = lines.index(MANUAL_END, start)
            inside = lines[start + 1 : end]
            return "\n".join(inside) + ("\n" if inside else "")
    return DEFAULT_MANUAL


def render(file_rules: Sequence[Rule], manual: str = DEFAULT_MANUAL) -> str:
    lines = [f"{rule.pattern} {' '.join(rule.owners)}" for rule in file_rules]
    kept = f"{MANUAL_START}\n{manual}{MANUAL_END}\n"
    return HEADER + "\n" + kept + "\n" + GENERATED + "\n".join(lines) + ("\n" if lines else "")


def expected(snapshot: Snapshot, current: str | None = None) -> str | None:
    """The CODEOWNERS text the repository should have; None if the chapters cannot be read.

    `current` is the file as it is now: its hand-written part is kept.
    """
    needed = requirements(snapshot)
    if needed is None:
        return None
    return render(rules(needed, teams(snapshot)), manual_part(current))
