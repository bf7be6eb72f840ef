"""`doc`: what the shared page template (felles.typ.j2) needs from every document."""

from __future__ import annotations

from typing import NamedTuple


class Document(NamedTuple):
    title: str
    author: str
    keywords: tuple[str, ...]
    year: int
    month: int
    day: int
    lang: str
    heading_numbering: str
    marking: str  # in the header and footer of every page («UTKAST», «Intern» …), or ""
    running_title: str
    watermark: str  # across the page background, or ""
    bare_pages: int = 1  # pages at the start without header and footer (the report's cover)
