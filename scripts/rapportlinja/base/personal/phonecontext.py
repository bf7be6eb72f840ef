"""What stands around an eight-digit number: a phone word, money words, a neighbouring digit group.

The shape of a number alone cannot tell «tlf 20250312» from a date stamp, «ring 2024 2025» from two
years, or «92 345 678» from an amount in kroner; the words before it can. Every function here reads
a bounded window around the number, so the scanner stays linear in the text whatever it holds.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapportlinja.base.personal.normalise import SEPARATORS

_SEP = "[" + "".join(f"\\u{ord(c):04x}" for c in SEPARATORS) + "]"
_RUN = f"{_SEP}{{1,3}}"

# A word that says the next number is a phone number, then at most two short words («ring meg på»,
# «nr på Kari:», «tlf. (privat)») and punctuation. «nummer» alone is not one: a case, a table and a
# version have numbers too.
_PHONE_WORD = (
    r"(?:tlf|tel|telefon(?:en|nr|nummer(?:et)?)?|mob|mobil(?:en|nr|nummer(?:et)?|telefon(?:en)?)?"
    r"|sms|ring|ringe|ringer|ringt|ringte|ringes|nr\.?[ \t]+(?:på|til))"
)
_AFTER_WORD = r"(?:\.?nr)?\.?(?:[^\w\n]{1,4}[^\W\d_]{1,10}){0,2}[^\w\n+]{0,6}"  # stop at a «+47»
_PHONE_WORD_AT = re.compile(rf"{_PHONE_WORD}{_AFTER_WORD}\(?(?=[+0-9])", re.IGNORECASE)
# Where a phone word may start, found with plain substring search in the lower-cased text: a regular
# expression of case-insensitive words is tried at every letter and took a second for 6 MB.
_STEMS = (b"tlf", b"tel", b"mob", b"sms", b"ring", b"nr")
# Compounds that end in a phone word: «vakttelefon», «hjelpetelefon», «jobbmobil».
_COMPOUND_STEMS = (b"telefon", b"mobil")
# A phone word anywhere before the number on its table row: «| Vakttelefon | 92 345 678 |».
_PHONE_WORD_IN_ROW = re.compile(r"tlf|telefon|mobil|\bmob\b|\bsms\b|\bring", re.IGNORECASE)
# Words that make a number written in thousands groups («92 345 678») an amount.
_MONEY_BEFORE = re.compile(
    r"(?:\b(?:kr|nok|sum|summen|totalt|mva)\b|kroner|beløp|utgift|kostnad|budsjett|inntekt|tilskudd|ramme"
    r"|lønn|regnskap|refusjon|overføring|midler|million)",
    re.IGNORECASE,
)
_MONEY_AFTER = re.compile(r"[ \u00a0\u202f]{0,2}(?:kr\b|kroner|nok\b|,-|mill)", re.IGNORECASE)
_WINDOW = 80  # characters before a number that are read for money words


class Neighbour(NamedTuple):
    run: str  # the separators between the number and this digit group
    size: int  # digits in the group, up to 9 (a longer group counts as 9)


_GROUP_BEFORE = re.compile(rf"(?<![0-9])([0-9]{{1,9}})({_RUN})\Z|([0-9])({_RUN})\Z")
_GROUP_AFTER = re.compile(rf"({_RUN})([0-9]{{1,9}})")


def neighbour_before(text: str, start: int) -> Neighbour | None:
    """The digit group that ends just before `start`, across a separator run, if any."""
    found = _GROUP_BEFORE.search(text, max(0, start - 12), start)
    if found is None:
        return None
    if found.group(1) is not None:
        return Neighbour(found.group(2), len(found.group(1)))
    return Neighbour(found.group(4), 9)  # the group is longer than the window


def neighbour_after(text: str, end: int) -> Neighbour | None:
    found = _GROUP_AFTER.match(text, end)
    return None if found is None else Neighbour(found.group(1), len(found.group(2)))


def worded_starts(text: str) -> list[int]:
    """Offsets of the first character of a number that a phone word stands just before, in order."""
    # Latin-1 bytes lower-cased keep one byte per character (others become «?»), and `bytes.find`
    # runs at memory speed: a third of the time `str.lower` takes on Norwegian text.
    lower = text.encode("latin-1", "replace").lower()
    found = set()
    for stem in _STEMS:
        at = lower.find(stem)
        while at != -1:
            inside = at > 0 and text[at - 1].isalpha()
            if not inside or lower.startswith(_COMPOUND_STEMS, at):
                word = _PHONE_WORD_AT.match(text, at)
                if word is not None:
                    found.add(word.end())
            at = lower.find(stem, at + 1)
    return sorted(found)


def _line_before(text: str, start: int) -> str:
    window_start = max(0, start - _WINDOW)
    line_start = text.rfind("\n", window_start, start) + 1
    return text[max(window_start, line_start) : start]


def money_context(text: str, start: int, end: int) -> bool:
    """Money words on the number's line before it (within 80 characters) or a currency right after it,
    or a table cell without a phone word before it on its row (a column of amounts)."""
    before = _line_before(text, start)
    if _MONEY_BEFORE.search(before) is not None or _MONEY_AFTER.match(text, end) is not None:
        return True
    if "|" in before:
        return _PHONE_WORD_IN_ROW.search(before) is None
    return False
