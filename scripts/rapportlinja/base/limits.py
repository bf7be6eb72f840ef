"""Limits checked on the raw text before any parser sees it: bounded work for hostile input.

ruamel.yaml's C parser recurses once per nesting level: 30,000 `[` in a frontmatter
crash the process (exit 139, no message); a few thousand exhaust Python's recursion in
our node builder. A 5,000-digit integer exceeds Python's int conversion limit. None of
that is a real chapter, so such text is refused with a message before parsing. Pure
functions; the callers turn the (line, message) into a finding.
"""

from __future__ import annotations

import re

MAX_DEPTH = 40  # flow brackets and block levels together; real files use fewer than ten
MAX_INDENT = 160  # columns of leading spaces
MAX_DIGITS = 300  # in one run of digits; the longest real number here is an 11-digit ID
_DIGITS = re.compile(rf"[0-9]{{{MAX_DIGITS + 1},}}")
_BRACKETS = re.compile(r"[\[\]{}]")
_DASHES = re.compile(r"^[ ]*(?:[-?:][ ]+)+")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _flow_depth_problem(text: str) -> int | None:
    """Line where flow brackets nest deeper than the limit (quotes ignored: an estimate)."""
    if "[" not in text and "{" not in text:
        return None
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(0, depth - 1)
        if depth > MAX_DEPTH:
            return _line_of(text, match.start())
    return None


def _block_depth_problem(text: str) -> int | None:
    for number, line in enumerate(text.split("\n"), start=1):
        indent = len(line) - len(line.lstrip(" "))
        markers = _DASHES.match(line)
        nested = markers.group().count("-") + markers.group().count("?") if markers else 0
        if indent > MAX_INDENT or nested > MAX_DEPTH:
            return number
    return None


def yaml_problem(text: str) -> tuple[int, str] | None:
    """(1-based line in `text`, Norwegian message) when the YAML is beyond the limits, else None."""
    line = _flow_depth_problem(text)
    if line is not None:
        return line, f"YAML-en er nøstet dypere enn {MAX_DEPTH} nivåer med [ eller {{."
    line = _block_depth_problem(text)
    if line is not None:
        return line, f"YAML-en er rykket inn eller nøstet dypere enn grensen ({MAX_INDENT} tegn, {MAX_DEPTH} nivåer)."
    long_number = _DIGITS.search(text)
    if long_number is not None:
        return _line_of(text, long_number.start()), f"Et tall har mer enn {MAX_DIGITS} sifre."
    return None


MAX_MARKDOWN_NESTING = 100  # brackets and parentheses inside each other; pandoc slows down steeply
_OPEN_CLOSE = re.compile(r"[\[\]()]")


def markdown_problem(text: str) -> tuple[int, str] | None:
    """(line, message) when brackets in Markdown nest beyond what pandoc handles quickly."""
    if text.count("[") + text.count("(") < MAX_MARKDOWN_NESTING:
        return None
    depth = 0
    for match in _OPEN_CLOSE.finditer(text):
        depth = depth + 1 if match.group() in "[(" else max(0, depth - 1)
        if depth > MAX_MARKDOWN_NESTING:
            return (
                _line_of(text, match.start()),
                f"Teksten har klammer eller parenteser nøstet mer enn {MAX_MARKDOWN_NESTING} nivåer.",
            )
    return None
