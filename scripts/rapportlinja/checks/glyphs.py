"""Characters no font of the PDF can draw: an error with where they are, before Typst refuses the build.

The PDF uses only the fonts built into Typst (the same bytes on every machine). A character none
of them has (an emoji, a letter of a script they do not cover) would print as an empty box, which
PDF/A forbids: Typst stops, naming no chapter. `glyphs.txt` lists what the fonts cover.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from rapportlinja.base.findings import Finding, error
from rapportlinja.base.loaded import Loaded
from rapportlinja.base.yamldoc import position

HEADER = (
    "# Code points the fonts built into Typst have glyphs for (Libertinus Serif, New Computer Modern,\n"
    "# DejaVu Sans Mono), as ranges in hex. Typst falls back from one to the next; a character none of\n"
    "# them has stops the PDF/A build. Made by tests/checks/glyphs_test.py from the fonts themselves.\n"
)
TABLE = resources.files("rapportlinja").joinpath("checks", "glyphs.txt")
# Controls, format characters (soft hyphen, zero-width space) and spaces are laid out, not drawn.
_NOT_DRAWN = ("Cc", "Cf", "Zs", "Zl", "Zp")


@functools.cache
def ranges() -> tuple[tuple[int, int], ...]:
    """The covered code points as (first, last) ranges, as the table lists them."""
    found = []
    for line in TABLE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            first, _, last = line.partition("-")
            found.append((int(first, 16), int(last or first, 16)))
    return tuple(found)


@functools.cache
def _uncovered() -> re.Pattern[str]:
    """One character class of everything outside the table: the regex engine does the range lookup
    in C, and a table of ~300 ranges compiles in about a millisecond (a set of every code point took
    ten times that in each `rapport sjekk`, and a Python loop per character far more on big reports)."""
    covered = "".join(f"{_escaped(a)}-{_escaped(b)}" if a != b else _escaped(a) for a, b in ranges())
    return re.compile(f"[^{covered}]")


def _escaped(point: int) -> str:
    return f"\\U{point:08x}"


def missing(text: str) -> list[str]:
    """The characters of `text` no font has, each once, in order."""
    if text.isascii():
        return []
    found = dict.fromkeys(c for c in _uncovered().findall(text) if unicodedata.category(c) not in _NOT_DRAWN)
    return list(found)


def check_glyphs(body: str, rel: str, first_line: int) -> list[Finding]:
    if body.isascii():
        return []
    findings = []
    lines: list[str] = []
    reported = -1
    offset, counted = 0, 0  # lines before position `counted`: counted on, never from the start again
    for match in _uncovered().finditer(body):
        if unicodedata.category(match.group()) in _NOT_DRAWN:
            continue
        offset += body.count("\n", counted, match.start())
        counted = match.start()
        if offset == reported:
            continue  # one finding a line, naming all its characters
        reported = offset
        lines = lines or body.split("\n")
        line = lines[offset]
        chars = missing(line)
        findings.append(finding(rel, first_line + offset, line.index(chars[0]) + 1, chars))
    return findings


def check_title_glyphs(loaded: Loaded) -> list[Finding]:
    """The chapter's `tittel` is printed too: its heading, the contents and the running header."""
    title = loaded.data.get("tittel") if isinstance(loaded.data, dict) else None
    chars = missing(title) if isinstance(title, str) else []
    if not chars:
        return []
    line, column = position(loaded.nodes, ("tittel",), loaded.yaml_first_line)
    return [finding(loaded.rel, line, column + max(0, str(title).find(chars[0])), chars)]


def finding(rel: str, line: int, column: int, chars: list[str]) -> Finding:
    """The one message for characters no font has; the raw-markup gate uses it for «&#xD06;»."""
    named = ", ".join(f"«{c}» ({_code(c)})" for c in chars)
    return error(
        rel,
        line,
        column,
        f"PDF-en har ingen skrift som kan vise {named}, og kan ikke lages med "
        f"{'dette tegnet' if len(chars) == 1 else 'disse tegnene'}.",
        "Skriv det med ord eller vanlige bokstaver (emoji og tegn fra de fleste skriftsystemer "
        "utenom latinsk, gresk og kyrillisk finnes ikke i skriften), eller slett det.",
        "text.no-glyph",
    )


def _code(char: str) -> str:
    return f"U+{ord(char):04X}"
