"""Målform: a chapter in the other målform is told by marker words, not by spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.checks import plaintext, variety
from rapportlinja.checks.language_rules import rules

BOKMAL = (
    "Barnevernstjenesten fikk flere meldinger i år. Vi vet ikke hvorfor, men noen av dem kom fra skolen.\n"
    "Hva skal vi gjøre? Vi må finne ut hvordan vi kan hjelpe barna mer.\n"
)
NYNORSK = (
    "Barnevernstenesta fekk fleire meldingar i år. Vi veit ikkje kvifor, men nokon av dei kom frå skulen.\n"
    "Kva skal vi gjere? Vi må finne ut korleis vi kan hjelpe borna meir.\n"
)


def _found(tmp_path: Path, text: str, language: str) -> list:  # type: ignore[type-arg]
    (blocks,) = plaintext.start([text], tmp_path)()
    placed = plaintext.place(blocks, list(enumerate(text.split("\n"), start=1)))
    return variety.check("k.md", placed, rules(language))


def test_a_bokmal_chapter_in_a_nynorsk_edition_is_reported(tmp_path: Path) -> None:
    (found,) = _found(tmp_path, BOKMAL, "nn")
    assert (found.line, found.column, found.severity.value) == (1, 21, "advarsel")
    assert "skrevet på bokmål, men rapporten er på nynorsk" in found.message
    assert found.hint is not None and "«fikk»" in found.hint


def test_a_nynorsk_chapter_in_a_bokmal_edition_is_reported(tmp_path: Path) -> None:
    (found,) = _found(tmp_path, NYNORSK, "nb")
    assert "skrevet på nynorsk, men rapporten er på bokmål" in found.message


@pytest.mark.parametrize(("text", "language"), [(BOKMAL, "nb"), (NYNORSK, "nn")])
def test_a_chapter_in_the_editions_own_malform_passes(tmp_path: Path, text: str, language: str) -> None:
    assert _found(tmp_path, text, language) == []


def test_a_quoted_word_or_two_from_the_other_malform_passes(tmp_path: Path) -> None:
    text = NYNORSK + "\nEi mor sa: «Jeg vet ikke.» Det skriv vi ned.\n"
    assert _found(tmp_path, text, "nn") == []
