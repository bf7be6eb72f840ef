"""Characters no font of the PDF can draw: an error with where they are, before Typst refuses the build.

The PDF uses only the fonts built into Typst (the same bytes on every machine). A character none
of them has (an emoji, a letter of a script they do not cover) would print as an empty box, which
PDF/A forbids: Typst stops, naming no chapter. `glyphs.txt` lists what the fonts cover.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

from rapportlinja.base.findings import Finding, error

HEADER = (
    "# Code points the fonts built into Typst have glyphs for (Libertinus Serif, New Computer Modern,\n"
    "# DejaVu Sans Mono), as ranges in hex. Typst falls back from one to the next; a character none of\n"
    "# them has stops the PDF/A build. Made by tests/checks/glyphs_test.py from the fonts themselves.\n"
)
TABLE = resources.files("rapportlinja").joinpath("checks", "glyphs.txt")
# Controls, format characters (soft hyphen, zero-width space) and spaces are laid out, not drawn.
_NOT_DRAWN = ("Cc", "Cf", "Zs", "Zl", "Zp")


@functools.cache
def covered() -> frozenset[int]:
    points: set[int] = set()
    for line in TABLE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            first, _, last = line.partition("-")
            points.update(range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(points)


def missing(text: str) -> list[str]:
    """The characters of `text` no font has, each once, in order."""
    if text.isascii():
        return []
    fonts = covered()
    found = dict.fromkeys(c for c in text if ord(c) not in fonts and unicodedata.category(c) not in _NOT_DRAWN)
    return list(found)


def check_glyphs(body: str, rel: str, first_line: int) -> list[Finding]:
    if body.isascii():
        return []
    findings = []
    for offset, line in enumerate(body.split("\n")):
        chars = missing(line)
        if chars:
            findings.append(finding(rel, first_line + offset, line.index(chars[0]) + 1, chars))
    return findings


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
