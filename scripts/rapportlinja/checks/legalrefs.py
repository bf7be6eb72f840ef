"""Outdated legal references and renamed bodies, read in context, from a table in lovhenvisninger.yaml.

The table, not the code, says which references are out of date, what replaced them and when:
a reference is flagged when its pattern matches and (if the row names context words) one of
those words stands near it, in the same paragraph or sentence. A row can also ask for a word that
makes the reference a legal basis («jf.», «etter») right before it, and name words that make it
current law. «bvl. § 2-1» about reports of concern is current law and passes; the same paragraph
cited as the status report's basis does not.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from importlib import resources
from typing import Any, NamedTuple

from ruamel.yaml import YAML

from rapportlinja.base.findings import Finding, warning
from rapportlinja.base.labels import long_date

DEFAULT_DISTANCE = 160
BASIS_DISTANCE = 40  # «jf.» or «etter» stands right before the reference it makes a basis
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A sentence ends at . ! ? before a capital letter, or at a paragraph break. Abbreviations in
# references («jf. bvl. § 2-1») are followed by a small letter or «§», so they do not end one.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«\"(])|\n[ \t]*\n")


class Outdated(NamedTuple):
    id: str
    pattern: re.Pattern[str]
    context: tuple[str, ...]
    distance: int
    was: str
    now: str
    changed: dt.date
    source: str
    sentence: bool = False  # the context words must stand in the same sentence, not only the paragraph
    basis: tuple[str, ...] = ()  # one must stand right before the reference
    unless: tuple[str, ...] = ()  # any of these in the sentence makes the reference current law


def _words(row: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(word).casefold() for word in row.get(key) or ())


@functools.cache
def table() -> tuple[Outdated, ...]:
    text = resources.files("rapportlinja").joinpath("checks", "lovhenvisninger.yaml").read_text("utf-8")
    data: dict[str, Any] = YAML(typ="safe").load(text)
    return tuple(
        Outdated(
            row["id"],
            re.compile(row["mønster"], re.IGNORECASE),
            _words(row, "sammenheng"),
            int(row.get("avstand", DEFAULT_DISTANCE)),
            row["utdatert"],
            row["gjelder_nå"],
            row["endret"],
            row["kilde"],
            row.get("innenfor", "avsnitt") == "setning",
            _words(row, "grunnlag"),
            _words(row, "unntatt"),
        )
        for row in data["henvisninger"]
    )


def _span(breaks: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in breaks.finditer(text, 0, start)]
    after = breaks.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _has_word(window: str, word: str) -> bool:
    # «jf» must not match inside «jfr», nor «etter» inside «etterpå»: a word ends where letters end.
    return re.search(r"(?<!\w)" + re.escape(word) + (r"(?!\w)" if word[-1].isalnum() else ""), window) is not None


def in_context(row: Outdated, text: str, start: int, end: int) -> bool:
    first, last = _span(_SENTENCE_BREAK if row.sentence else _PARAGRAPH_BREAK, text, start, end)
    sentence = text[slice(*_span(_SENTENCE_BREAK, text, start, end))].casefold()
    # Whole words from their start: «melding» is today's § 2-1, «kvalitetsmelding» is the report.
    if any(re.search(r"(?<!\w)" + re.escape(word), sentence) for word in row.unless):
        return False
    if row.basis:
        before = text[max(_span(_SENTENCE_BREAK, text, start, end)[0], start - BASIS_DISTANCE) : start].casefold()
        if not any(_has_word(before, word) for word in row.basis):
            return False
    if not row.context:
        return True
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
                    f"«{match.group(0)}» viser til {row.was} (endret {long_date(row.changed)}).",
                    f"Skriv {row.now}.",
                    f"legal.outdated.{row.id}",
                )
            )
    return findings
