"""Escape user text for Typst, Markdown and CSV: in Typst markup is code, in a spreadsheet a cell can be;
text must never run."""

from __future__ import annotations

import re

# Every ASCII punctuation character may be backslash-escaped in Typst markup and in
# pandoc Markdown; escaping all of them is simpler and safer than picking the dangerous
# ones (#, [, ], $, <, @, //, = at line start …). Quotes stay, so Typst's smart quotes
# can turn them into «» for Norwegian.
_PUNCTUATION = re.compile(r"""([!#$%&()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
_SPACE = re.compile(r"\s+")


class TypstCode(str):
    """Typst source we produced ourselves; the template prints it as is."""


def markup(text: str) -> str:
    """User text as Typst markup that prints exactly as written, on one line."""
    return _PUNCTUATION.sub(r"\\\1", _SPACE.sub(" ", text).strip())


def string(text: str) -> TypstCode:
    """User text as a Typst string literal, for code positions such as `title: …`."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return TypstCode('"' + _SPACE.sub(" ", escaped).strip() + '"')


def markdown(text: str) -> str:
    """User text as pandoc Markdown inline text that is not interpreted."""
    return _PUNCTUATION.sub(r"\\\1", _SPACE.sub(" ", text).strip())


def finalize(value: object) -> str:
    """Jinja2 finalize hook: every value printed in a template is escaped unless it is ours."""
    if isinstance(value, TypstCode):
        return value
    return markup(str(value))


# A spreadsheet reads a cell that starts with one of these as a formula (or as the start of one).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:,[0-9]+)?")


def csv_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text, never runs: OWASP's neutralisation, a leading single quote
    before a cell that starts like a formula. A plain number («-1,5») is data and stays a number."""
    if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value
