"""The last gate before anything public is written: the same personal-data scan as the input, on the output.

An input path the checks do not read (a Git author, a file the scanner missed) still cannot publish
personal data or internal text: the finished PDF's text, metadata, bookmarks and alt text, the release
notes and the web edition's pages are scanned before they are written, and a finding stops the command.
"""

from __future__ import annotations

import html.parser

from rapportlinja.base.layout import Layout
from rapportlinja.checks.privacy import ALLOW_LIST, allowed_names, allowed_values
from rapportlinja.checks.privacy_names import rules_for
from rapportlinja.privacy import egress, pdftext
from rapportlinja.privacy.personnames import NameRules
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.review import appendix


def allow_list(layout: Layout) -> frozenset[str]:
    """The reviewed public numbers and addresses (report/tillatte-tall.yaml) a document may show."""
    return allowed_values(load_yaml_file(layout.root / ALLOW_LIST, ALLOW_LIST, "personvern"))


def name_rules(layout: Layout) -> NameRules:
    """Names a public document may carry: reviewed public persons, the municipality's own name, and,
    when the edition opts in to names in «Medvirkning», the people it lists by name under «roller»."""
    listed = allowed_names(load_yaml_file(layout.root / ALLOW_LIST, ALLOW_LIST, "personvern"))
    edition = load_yaml_file(layout.edition_file, layout.rel(layout.edition_file), "rapport").data
    how = appendix.settings(edition)
    opted_in = frozenset(name for name in how.roles if how.may_name(name))
    return rules_for(edition, listed | opted_in)


def refuse_leaks_in_pdf(layout: Layout, name: str, data: bytes) -> None:
    egress.refuse_leaks(name, pdftext.parts(data), allow_list(layout), name_rules(layout))


def refuse_leaks_in_text(layout: Layout, name: str, text: str) -> None:
    egress.refuse_leaks(name, [(name, text)], allow_list(layout), name_rules(layout))


def refuse_leaks_in_site(layout: Layout, pages: dict[str, bytes]) -> None:
    """The web edition's pages, as a reader sees them: their text, alt text and titles (the PDF beside
    them has passed `refuse_leaks_in_pdf` when it was built)."""
    parts = [
        (name, _visible_text(data.decode("utf-8"))) for name, data in sorted(pages.items()) if name.endswith(".html")
    ]
    egress.refuse_leaks("Nettutgaven", parts, allow_list(layout), name_rules(layout))


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
