"""One normalisation before any personal-data matching, with a map back to the original.

A number or address can be written in many ways that still read as the same value once
rendered: full-width or other Unicode digits, a zero-width space or soft hyphen between
the digits, HTML entities (`&#49;`), Markdown emphasis or escapes inside the number
(`1503**85**12363`, `150385\\-12363`), an address with `\\@`, `&#64;`, `[at]` or `(at)`.
`normalise` removes every such difference once, so the matchers only ever see plain
ASCII digits, one `@` and ordinary separators; separators themselves (spaces of every
width, dots, slashes, hyphens and dashes, a line break) are left for the matchers, which
treat any of them alike.

Every edit is recorded, so a hit in the normalised text maps back to the offset in the
original text, and so to the file's line and column.
"""

from __future__ import annotations

import bisect
import functools
import html
import io
import re
import unicodedata
from array import array
from typing import NamedTuple

# Characters that separate digit groups: treated alike by the matchers, so not rewritten here.
SEPARATORS = (
    " \t\n\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
    "./\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\uff0e\uff0f"
)
# Invisible in the rendered text, so a number split by them still reads as one number.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f\u2060-\u2064\ufe00-\ufe0f\ufeff"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPED = frozenset(" \n!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")  # a Markdown escape hides its backslash
_MARKUP = re.compile(r"[*_~]+")  # emphasis, strong, strike-through: markup, not text
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]+")
# ola [at] eksempel [dot] no, ola(at)eksempel.no, ola{@}eksempel.no
_SPELT = re.compile(r"(?i:[\[({](?:(?P<at>at|@)|dot|punktum)[\])}])")


class Normalised(NamedTuple):
    text: str
    # Sorted offsets in `text` where an edit's replacement starts or ends, and the
    # original offset each corresponds to; empty when nothing changed.
    starts: array[int]
    origins: array[int]

    def original_offset(self, offset: int) -> int:
        """The offset in the original text of `offset` in the normalised text."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0:
            return offset
        while index > 0 and self.starts[index - 1] == offset:
            index -= 1  # a value right after removed markup («**0**») starts at the markup
        moved = self.origins[index] + offset - self.starts[index]
        # Inside a replacement, stay within the original span it came from.
        return min(moved, self.origins[index + 1]) if index + 1 < len(self.origins) else moved


def _changes(char: str) -> str | None:
    """What a non-ASCII character becomes, or None when it stays (æ, ø, å, «, –, …)."""
    if char in SEPARATORS:
        return None
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    folded = unicodedata.normalize("NFKC", char)
    if folded == char:
        return None
    # Folding may itself give other-script digits.
    return "".join(c if c.isascii() else str(unicodedata.decimal(c, c)) for c in folded)


@functools.lru_cache(maxsize=4096)
def _folds(char: str) -> bool:
    return _changes(char) is not None


# The triggers every text shares: entities, escapes, emphasis, spelt-out «[at]», invisible characters.
_COMMON_TRIGGERS = "&\\\\*_~[({" + _INVISIBLE.split("\U000e0000")[0]


def _folding_chars(text: str) -> str:
    """The distinct BMP characters of `text` that `normalise` folds beyond the common triggers, sorted,
    and the whole range beyond the BMP when the text has any character there.

    Only the characters the text holds are tested (once each, cached), not the whole of
    Unicode up front: a class over the Basic Multilingual Plane took 30-70 ms per process.
    Characters beyond the BMP (mathematical digits 𝟏, tag characters, emoji) go in as one
    range, never one by one: `re` matches a class of many astral characters by walking the
    list, and a file of 400,000 distinct ones took minutes. `_edit_at` decides one by one.
    """
    if text.isascii():
        return ""
    chars = set(text)
    bmp = "".join(sorted(c for c in chars if "\x7f" < c <= "\uffff" and _folds(c)))
    return bmp + (_ASTRAL if max(chars) > "\uffff" else "")


# Beyond the BMP, as a class range; a pattern character, so it is added to the class unescaped.
_ASTRAL = "\U00010000-\U0010ffff"


@functools.lru_cache(maxsize=64)
def _triggers(folding: str) -> re.Pattern[str]:
    astral = folding.endswith(_ASTRAL)
    bmp = folding.removesuffix(_ASTRAL) if astral else folding
    return re.compile(f"[{_COMMON_TRIGGERS}{''.join(re.escape(c) for c in bmp)}{_ASTRAL if astral else ''}]")


def _edit_at(text: str, start: int, floor: int) -> tuple[int, int, str] | None:
    """The edit at a trigger character: (start, end, replacement), or None for no edit."""
    char = text[start]
    if char == "&":
        entity = _ENTITY.match(text, start)
        if entity is None:
            return None
        decoded = html.unescape(entity.group())
        # An entity may stand for anything the other rules fold: &#65296; is a full-width 0.
        return start, entity.end(), "".join(c if c.isascii() else _changes(c) or c for c in decoded)
    if char == "\\":
        following = text[start + 1 : start + 2]
        return (start, start + 1, "") if following and following in _ESCAPED else None
    if char in "*_~":
        markup = _MARKUP.match(text, start)
        return (start, markup.end(), "") if markup else None
    if char in "[({":
        return _spelt_edit(text, start, floor)
    invisible = _INVISIBLE_RUN.match(text, start)
    if invisible is not None:
        return start, invisible.end(), ""
    folded = _changes(char)
    return None if folded is None else (start, start + 1, folded)


def _spelt_edit(text: str, start: int, floor: int) -> tuple[int, int, str] | None:
    spelt = _SPELT.match(text, start)
    if spelt is None:
        return None
    # The spaces around «[at]» go too: «ola [at] eksempel.no» is one address.
    while start > floor and text[start - 1] in " \t":
        start -= 1
    end = spelt.end()
    while end < len(text) and text[end] in " \t":
        end += 1
    return start, end, "@" if spelt.group("at") else "."


def normalise(text: str) -> Normalised:
    """`text` with every writing difference that does not show removed, plus the offset map."""
    out = io.StringIO()  # grows by the text, not by one object per edit: bounded memory
    starts, origins = array("q"), array("q")
    previous, length = 0, 0
    for trigger in _triggers(_folding_chars(text)).finditer(text):
        edit = None if trigger.start() < previous else _edit_at(text, trigger.start(), previous)
        if edit is None:
            continue  # not an edit, or inside the previous one (the second * of **)
        start, end, replacement = edit
        out.write(text[previous:start])
        length += start - previous
        out.write(replacement)
        # Two anchors per edit: the replacement maps to the edit's start, what follows to its end.
        starts.append(length)
        origins.append(start)
        length += len(replacement)
        starts.append(length)
        origins.append(end)
        previous = end
    if not starts:
        return Normalised(text, array("q"), array("q"))
    out.write(text[previous:])
    return Normalised(out.getvalue(), starts, origins)
