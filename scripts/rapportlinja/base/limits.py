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
# Lists and block quotes inside each other, and how far a line is indented: a chapter uses three or four
# levels; 1 MB of nested lists cost pandoc 97 s and 766 MB.
MAX_MARKDOWN_LEVELS = 16
MAX_MARKDOWN_INDENT = 64  # columns, a tab counting as four
# A paragraph written in a browser is one line of a few thousand characters; a 1.9 MB table row took
# pandoc to its 120 s timeout.
MAX_MARKDOWN_LINE = 20_000
MAX_MARKDOWN_PARAGRAPH = 100_000
_OPEN_CLOSE = re.compile(r"[\[\]()]")
_CONTAINERS = re.compile(r"[ \t]*(?:(?:[-*+>]|[0-9]{1,9}[.)])(?:[ \t]+|$))+")
_MARKERS = re.compile(r"[-*+>]|[0-9]{1,9}[.)]")


def markdown_problem(text: str) -> tuple[int, str] | None:
    """(line, message) when a chapter's Markdown is beyond what pandoc handles in a few seconds.

    Checked on the raw text before pandoc sees it, in one pass over the lines: nesting of brackets,
    of lists and block quotes, indentation, and the length of a line and of a paragraph.
    """
    return _shape_problem(text) or _bracket_problem(text)


def _shape_problem(text: str) -> tuple[int, str] | None:
    paragraph = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_MARKDOWN_LINE:
            return number, f"Linjen har {len(line):,} tegn; grensen er {MAX_MARKDOWN_LINE:,}.".replace(",", " ")
        paragraph = paragraph + len(line) + 1 if line.strip() else 0
        if paragraph > MAX_MARKDOWN_PARAGRAPH:
            return number, f"Avsnittet er lengre enn {MAX_MARKDOWN_PARAGRAPH:,} tegn.".replace(",", " ")
        if not line[:1].isspace() and line[:1] not in "-*+>0123456789":
            continue  # the common case: a line of prose starting at the margin
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        containers = _CONTAINERS.match(line)
        levels = len(_MARKERS.findall(containers.group())) if containers else 0
        if indent > MAX_MARKDOWN_INDENT or levels > MAX_MARKDOWN_LEVELS:
            return number, (
                f"Lister eller sitater er nøstet dypere enn {MAX_MARKDOWN_LEVELS} nivåer, eller linjen er rykket "
                f"inn mer enn {MAX_MARKDOWN_INDENT} tegn."
            )
    return None


def _bracket_problem(text: str) -> tuple[int, str] | None:
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
