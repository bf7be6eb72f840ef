"""The words and digit groups around a number: phone words, money words, neighbouring groups."""

from __future__ import annotations

import pytest

from rapportlinja.base.personal.phonecontext import (
    Neighbour,
    money_context,
    neighbour_after,
    neighbour_before,
    worded_starts,
)


@pytest.mark.parametrize(
    "text",
    [
        "tlf 2",
        "Tlf.: 2",
        "TELEFON 2",
        "mobilnr. 2",
        "Ring meg på 2",
        "nr. på Kari: 2",
        "Vakttelefon | 2",
        "tlf (+47) 2",
    ],
)
def test_a_phone_word_points_at_the_number_after_it(text: str) -> None:
    assert worded_starts(text) == [min(text.index(c) for c in "+2" if c in text)]


@pytest.mark.parametrize(
    "text", ["Vurdering 2", "kapittel 2", "mobilisering 2", "nummer 2", "ring til barnevernvakten i 2"]
)
def test_words_that_only_contain_a_phone_word_point_nowhere(text: str) -> None:
    assert worded_starts(text) == []


def test_offsets_hold_in_any_script() -> None:
    text = "İstanbul, Ærø, «ring» – tlf 2"  # İ lower-cases to two characters in str.lower
    assert worded_starts(text) == [len(text) - 1]


def test_neighbouring_groups_are_read_across_one_separator_run() -> None:
    text = "1 92345678 12345 og 92345678"
    assert neighbour_before(text, 2) == Neighbour(" ", 1)
    assert neighbour_after(text, 10) == Neighbour(" ", 5)
    assert neighbour_before(text, 20) is None
    assert neighbour_before("1234567890123 92345678", 14) == Neighbour(" ", 9)  # longer than the window


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Netto driftsutgifter var 92 345 678", True),
        ("Budsjettet: 92 345 678", True),
        ("| Barnevern | 92 345 678", True),
        ("| Vakttelefon | 92 345 678", False),
        ("Hun nås på 92 345 678", False),
        ("Utgiftene steg.\nHun nås på 92 345 678", False),  # another line
    ],
)
def test_money_words_on_the_line_make_thousands_groups_an_amount(text: str, money: bool) -> None:
    start = text.index("92")
    assert money_context(text, start, len(text)) is money
    assert money_context("Tallet 92 345 678 kr", 7, 17)
