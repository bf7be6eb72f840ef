"""Escape user text for Typst and Markdown: in Typst, markup is code, so text must never run."""

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
