"""Find headings, images and links in pandoc Markdown, with their line and column.

A light scanner, not a full parser: it skips fenced code and inline code, and knows
pandoc's rules for heading identifiers, which is all the checks need. Constructs
spread over several lines (a link whose text wraps) are not seen; that is rare in
chapters edited in a browser and only means a check is skipped, never a false alarm.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# The Markdown dialect chapters are written in, as pandoc's reader: raw HTML/LaTeX/Typst and metadata
# blocks in the body are off, so content from a pull request cannot inject markup or override settings.
# One definition, because `rapport sjekk` must read chapters exactly as `rapport bygg` does.
READER = "markdown-raw_html-raw_tex-raw_attribute-yaml_metadata_block"


class Heading(NamedTuple):
    level: int
    text: str
    ident: str
    line: int
    column: int
    blank_before: bool


class Image(NamedTuple):
    alt: str  # the explicit alt attribute only: a caption is not alt text
    src: str
    line: int
    column: int
    caption: str = ""  # the bracket text


class Link(NamedTuple):
    text: str
    target: str
    line: int
    column: int


class Scan(NamedTuple):
    headings: list[Heading]
    images: list[Image]
    links: list[Link]
    lines: list[tuple[int, str]]  # (line number, text) outside code, inline code blanked


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$")
_HEADING_ATTRS = re.compile(r"\s*\{([^}]*)\}\s*$")
_BRACKETS = r"\[((?:[^\[\]]|\[[^\]]*\])*)\]"
_TARGET = r"\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)"
_IMAGE = re.compile(r"!" + _BRACKETS + _TARGET + r"(\{[^}]*\})?")
_LINK = re.compile(r"(?<![!\\])" + _BRACKETS + _TARGET)
_ALT_ATTR = re.compile(r"""\balt=(?:"([^"]*)"|'([^']*)'|([^\s}]+))""")
_ID_ATTR = re.compile(r"(?:^|\s)#([^\s}]+)")


def scan(body: str, first_line: int) -> Scan:
    headings: list[Heading] = []
    images: list[Image] = []
    links: list[Link] = []
    visible: list[tuple[int, str]] = []
    used_ids: dict[str, int] = {}
    fence: str | None = None
    previous_blank = True
    for offset, raw in enumerate(body.split("\n")):
        number = first_line + offset
        opener = _FENCE.match(raw)
        if fence is not None:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            previous_blank = False
            continue
        if opener:
            fence = opener.group(1)
            continue
        # Each pattern needs a character the plain line lacks (most lines of prose): a test in C first.
        line = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), raw) if "`" in raw else raw
        visible.append((number, line))
        heading = _HEADING.match(line) if line.startswith("#") else None
        if heading:
            headings.append(_heading(heading, number, previous_blank, used_ids))
        if "](" not in line:
            previous_blank = not line.strip()
            continue  # neither an image nor a link: both end their brackets with «](»
        for match in _IMAGE.finditer(line):
            images.append(Image(_alt(match), match.group(2), number, match.start() + 1, match.group(1).strip()))
        for match in _LINK.finditer(line):
            if match.start() > 0 and line[match.start() - 1] == "]":
                continue  # the second half of a reference-style construct, not a link
            links.append(Link(match.group(1), match.group(2), number, match.start() + 1))
        previous_blank = not line.strip()
    return Scan(headings, images, links, visible)


def _heading(match: re.Match[str], number: int, blank_before: bool, used: dict[str, int]) -> Heading:
    text = match.group(2)
    explicit = None
    attrs = _HEADING_ATTRS.search(text)
    if attrs:
        id_attr = _ID_ATTR.search(attrs.group(1))
        explicit = id_attr.group(1) if id_attr else None
        text = text[: attrs.start()]
    text = re.sub(r"[ \t]+#+$", "", text).strip()
    ident = explicit or unique(identifier(text), used)
    return Heading(len(match.group(1)), text, ident, number, 1, blank_before)


def _alt(match: re.Match[str]) -> str:
    attrs = match.group(3) or ""
    explicit = _ALT_ATTR.search(attrs)
    if explicit:
        return next(g for g in explicit.groups() if g is not None).strip()
    return ""


def identifier(text: str) -> str:
    """Pandoc's auto_identifiers rule (not the GitHub one): see the pandoc manual."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # link text only
    text = re.sub(r"\[\^[^\]]*\]", "", text)  # footnotes
    kept = "".join(c for c in text if _is_alnum(c) or c in "_-. \n\t")
    kept = re.sub(r"\s+", "-", kept.strip()).lower()
    start = next((i for i, c in enumerate(kept) if c.isalpha()), len(kept))
    return kept[start:] or "section"


def unique(ident: str, used: dict[str, int]) -> str:
    count = used.get(ident, 0)
    used[ident] = count + 1
    return ident if count == 0 else f"{ident}-{count}"


def _is_alnum(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"
