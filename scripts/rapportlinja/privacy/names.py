"""Probable personal names in meeting minutes: a warning, never an error.

Rules, chosen to keep the warning worth reading:
- Whole words only, with a capital first letter: «Kari» is reported, «kari», «KARI» and
  the «Kari» inside «Karianne» are not (Karianne is reported only if it is on the list).
- Double names and genitives count: «Kari-Anne», «Karis».
- Role words («Barnevernleder», «Kommunalsjef») are not names, and are not on the list.
- Names that are also words (Per, Liv, Stig, Siv, Bjørn, Dag, Hans, …: see
  `names_data.WORD_NAMES`) are reported only where the capital cannot come from the start
  of a sentence, a heading, a list item, a table cell or a quotation: «møtet med Per» is
  reported, «Per måned» and «Liv og helse» at the start of a sentence are not.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapportlinja.base.personal.scanner import line_columns
from rapportlinja.privacy.names_data import GIVEN_NAMES, WORD_NAMES


class NameHit(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in characters
    name: str


_PART = "[A-ZÆØÅ][a-zæøåäöüéèá]+"
# Underscores are Markdown emphasis (_Kari_), not part of a word.
_CAPITALISED = re.compile(rf"(?<![^\W_])(?<!-){_PART}(?:-{_PART})*(?![^\W_])")
_MARKUP = " \t\u00a0#>*+-•([{«\"'`_"  # skipped when looking for what precedes a word
_SENTENCE_ENDS = ".!?:;|"


def _known_parts(token: str) -> list[str]:
    parts = []
    for part in token.split("-"):
        if part not in GIVEN_NAMES and part.endswith("s") and part[:-1] in GIVEN_NAMES:
            part = part[:-1]  # genitive: «Karis mor»
        if part in GIVEN_NAMES:
            parts.append(part)
    return parts


def _line_bounds(text: str, end: int) -> tuple[int, int]:
    """Start and end of the line before the one containing offset `end`."""
    stop = text.rfind("\n", 0, end)
    return text.rfind("\n", 0, stop) + 1, stop


def starts_sentence(text: str, start: int) -> bool:
    i, skipped_markup = start - 1, False
    while i >= 0 and text[i] in _MARKUP:
        skipped_markup = skipped_markup or not text[i].isspace()
        i -= 1
    if i < 0 or text[i] in _SENTENCE_ENDS:
        return True
    if text[i] != "\n":
        return False
    if skipped_markup:  # first word of a heading, list item or quotation
        return True
    first, stop = _line_bounds(text, start)
    previous = text[first:stop].strip()
    # A soft-wrapped line goes on with its paragraph's sentence; anything else starts anew.
    return not previous or previous[0] in "#|" or previous[-1] in _SENTENCE_ENDS


def _is_probable_name(text: str, start: int, token: str) -> bool:
    parts = _known_parts(token)
    if not parts:
        return False
    if len(parts) > 1 or any(part not in WORD_NAMES for part in parts):
        return True
    return not starts_sentence(text, start)


def find_probable_names(text: str) -> list[NameHit]:
    """Capitalised common Norwegian given names in `text`, in order of position."""
    found = [
        (match.start(), match.group())
        for match in _CAPITALISED.finditer(text)
        if _is_probable_name(text, match.start(), match.group())
    ]
    places = line_columns(text, [offset for offset, _ in found])
    return [NameHit(line, column, name) for (line, column), (_, name) in zip(places, found, strict=True)]
