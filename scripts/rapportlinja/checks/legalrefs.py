"""Outdated legal references, read in context, from a table in lovhenvisninger.yaml.

The table, not the code, says which references are out of date and what replaced them:
a reference is flagged when its pattern matches and (if the row names context words) one of
those words stands in the same paragraph within a short distance. «bvl. § 2-1» about reports
of concern is current law and passes; the same paragraph cited as the status report's basis does not.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any, NamedTuple

from ruamel.yaml import YAML

from rapportlinja.base.findings import Finding, warning

DEFAULT_DISTANCE = 160
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class Outdated(NamedTuple):
    id: str
    pattern: re.Pattern[str]
    context: tuple[str, ...]
    distance: int
    was: str
    now: str


@functools.cache
def table() -> tuple[Outdated, ...]:
    text = resources.files("rapportlinja").joinpath("checks", "lovhenvisninger.yaml").read_text("utf-8")
    data: dict[str, Any] = YAML(typ="safe").load(text)
    return tuple(
        Outdated(
            row["id"],
            re.compile(row["mønster"], re.IGNORECASE),
            tuple(word.casefold() for word in row.get("sammenheng") or ()),
            int(row.get("avstand", DEFAULT_DISTANCE)),
            row["utdatert"],
            row["gjelder_nå"],
        )
        for row in data["henvisninger"]
    )


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, start)]
    after = _PARAGRAPH_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def in_context(row: Outdated, text: str, start: int, end: int) -> bool:
    if not row.context:
        return True
    first, last = _paragraph(text, start, end)
    window = text[max(first, start - row.distance) : min(last, end + row.distance)].casefold()
    return any(word in window for word in row.context)


def check_outdated_references(text: str, rel: str, first_line: int = 1) -> list[Finding]:
    findings = []
    taken: list[tuple[int, int]] = []  # one warning per place, from the first row that matches it
    for row in table():
        for match in row.pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if not in_context(row, text, match.start(), match.end()):
                continue
            taken.append(match.span())
            line = text.count("\n", 0, match.start())
            column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            findings.append(
                warning(
                    rel,
                    first_line + line,
                    column,
                    f"«{match.group(0)}» viser til {row.was}.",
                    f"Skriv {row.now}.",
                    f"legal.outdated.{row.id}",
                )
            )
    return findings
