"""Escape user text for a Markdown document that people also read as plain text.

escape.markdown escapes every punctuation mark, which is safe for pandoc but reads badly
in a .md file. Here only what Markdown would interpret is escaped: emphasis, code,
links, HTML and tables anywhere, and list or heading markers at the start of a value.
"""

from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LEADING = re.compile(r"^(\s*)([#+=>-]|\d+[.)])")
_SPACE = re.compile(r"\s+")


class MarkdownCode(str):
    """Markdown we produced ourselves; the template prints it as is."""


def inline(text: str) -> str:
    """User text as one line of Markdown that shows exactly as written."""
    escaped = _INLINE.sub(r"\\\1", _SPACE.sub(" ", text).strip())
    return _LEADING.sub(
        lambda m: (
            m.group(1) + "\\" + m.group(2)
            if not m.group(2)[0].isdigit()
            else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1]
        ),
        escaped,
    )


def finalize(value: object) -> str:
    """Jinja2 finalize hook for Markdown templates."""
    if isinstance(value, MarkdownCode):
        return value
    return inline(str(value))
