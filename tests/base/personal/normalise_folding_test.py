"""The normaliser folds a character the same way whatever else the text holds.

Its trigger pattern is built from the characters each text contains (not from the whole of
Unicode up front), so a fold must not depend on the company a character keeps.
"""

from __future__ import annotations

import pytest

from rapportlinja.base.personal import normalise as module
from rapportlinja.base.personal.normalise import normalise


def test_every_folding_character_of_the_bmp_is_folded_alone_and_in_company() -> None:
    folding = [
        chr(code)
        for code in range(0x80, 0x10000)
        if not 0xD800 <= code <= 0xDFFF and module._changes(chr(code)) is not None
    ]
    assert len(folding) > 1000  # full-width and other-script digits, ligatures, compatibility forms
    for char in folding:
        expected = module._changes(char)
        assert normalise(f"1{char}2").text == f"1{expected}2", hex(ord(char))
        assert normalise(f"æ{char}ø😀").text == f"æ{expected}ø😀", hex(ord(char))


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("１５０３８５", "150385"),  # full-width digits
        ("Blåbær ١٢٣", "Blåbær 123"),  # Arabic-Indic digits beside Norwegian letters
        ("𝟏𝟓 og ５", "15 og 5"),  # mathematical digits (beyond the BMP) with a full-width one
        ("1\u200b5\U000e0041", "15"),  # invisible characters, in and beyond the BMP
        ("«æøå» – ok", "«æøå» – ok"),  # nothing to fold: the text comes back as it was
    ],
)
def test_folds_in_any_order_of_texts(text: str, plain: str) -> None:
    assert normalise(text).text == plain
    assert normalise("æ" + text).text == "æ" + plain
    assert normalise(text).text == plain  # the pattern remembered for one text serves another with the same set
