"""Målform: a chapter in bokmål in a nynorsk edition (or the reverse), told by marker words, not by spelling.

Words such as «ikke/ikkje», «hva/kva», «hvordan/korleis» and «noen/nokon» exist in one målform only
(the lists are in klarsprak.yaml). A chapter with several of the other målform's markers, and many
more of them than of its own, is reported once, at the first marker.
"""

from __future__ import annotations

from rapportlinja.base.findings import Finding, warning
from rapportlinja.checks.language_rules import Rules
from rapportlinja.checks.plaintext import Placed, Word

NAMES = {"nb": "bokmål", "nn": "nynorsk"}


def check(rel: str, blocks: list[Placed], rules: Rules) -> list[Finding]:
    words = [w for b in blocks for w in b.words]
    own = [w for w in words if w.text.casefold() in rules.markers]
    other = [w for w in words if w.text.casefold() in rules.other_markers]
    if len(other) < rules.marker_minimum or len(other) < rules.marker_factor * max(len(own), 1):
        return []
    this, that = NAMES[rules.language], NAMES["nn" if rules.language == "nb" else "nb"]
    examples = ", ".join(f"«{w}»" for w in _distinct(other)[:4])
    first = other[0]
    return [
        warning(
            rel,
            first.line,
            first.column,
            f"Kapittelet ser ut til å være skrevet på {that}, men rapporten er på {this} "
            f"(målform: {rules.language} i report/rapport.yaml).",
            f"Ord som {examples} er {that}. Skriv kapittelet på {this}, eller endre «målform» i report/rapport.yaml "
            "hvis hele rapporten skal være på " + that + ".",
            "klarsprak.malform",
        )
    ]


def _distinct(words: list[Word]) -> list[str]:
    return list(dict.fromkeys(w.text.casefold() for w in words))
