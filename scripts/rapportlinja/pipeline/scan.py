"""The last gate before anything public is written: the same personal-data scan as the input, on the output.

An input path the checks do not read (a Git author, a file the scanner missed) still cannot publish
personal data or internal text: the finished PDF's text, metadata, bookmarks and alt text, the release
notes and the web edition's pages are scanned before they are written, and a finding stops the command.
Only pipeline.publish calls it, once per edition, on the very bytes it then writes.
"""

from __future__ import annotations

import html.parser
from collections.abc import Mapping

from rapportlinja.base.layout import Layout
from rapportlinja.checks.privacy import ALLOW_LIST, allowed_values
from rapportlinja.privacy import egress, pdftext
from rapportlinja.read.documents import load_yaml_file


def allow_list(layout: Layout) -> frozenset[str]:
    """The reviewed public numbers and addresses (report/tillatte-tall.yaml) a document may show."""
    return allowed_values(load_yaml_file(layout.root / ALLOW_LIST, ALLOW_LIST, "personvern"))


def refuse_leaks(layout: Layout, files: Mapping[str, bytes]) -> None:
    """Every file a reader opens, as the reader sees it: the PDFs first (the report is what most read),
    then the web pages together, then the Markdown (release notes). Stylesheets and the key figures'
    CSV files are data from the schema-checked inputs, not text anyone wrote for this edition."""
    allowed = allow_list(layout)
    for name, data in sorted(files.items()):
        if name.endswith(".pdf"):
            egress.refuse_leaks(name, pdftext.parts(data), allowed)
    pages = {name: data for name, data in files.items() if name.endswith(".html")}
    if pages:
        egress.refuse_leaks("Nettutgaven", _page_parts(pages), allowed)
    for name, data in sorted(files.items()):
        if name.endswith(".md"):
            egress.refuse_leaks(name, [(name, data.decode("utf-8"))], allowed)


def _page_parts(pages: Mapping[str, bytes]) -> list[tuple[str, str]]:
    return [
        (name, _visible_text(data.decode("utf-8"))) for name, data in sorted(pages.items()) if name.endswith(".html")
    ]


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._skip += 1
        self.parts += [value for key, value in attrs if key in ("alt", "title", "aria-label") and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _visible_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return "\n".join(parser.parts)
