"""The last gate before anything public is written: the same personal-data scan as the input, on the output.

An input path the checks do not read (a Git author, a file the scanner missed) still cannot publish
personal data or internal text: the finished PDF's text, metadata, bookmarks and alt text, the release
notes and the web edition's pages are scanned before they are written, and a finding stops the command.
Only pipeline.publish calls it, once per edition, on the very bytes it then writes.
"""

from __future__ import annotations

import html.parser
from collections.abc import Mapping

from rapportlinja.base import websafe, websafe_svg
from rapportlinja.base.errors import UserError
from rapportlinja.base.layout import Layout
from rapportlinja.checks.privacy import ALLOW_LIST, allowed_names, allowed_values
from rapportlinja.checks.privacy_names import rules_for
from rapportlinja.privacy import egress, pdftext
from rapportlinja.privacy.decoding import decode_for_scan
from rapportlinja.privacy.personnames import NameRules
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.release import checksums
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


def refuse_leaks(layout: Layout, files: Mapping[str, bytes]) -> None:
    """Every file a reader opens, as the reader sees it: the PDFs first (the report is what most read),
    then the web edition together (the pages' text, alt text, titles and link targets, the SVGs' text,
    the CSV downloads and the file names SHA256SUMS lists), then the Markdown and JSON (release notes,
    approvals record). Then what would run or fetch in a page or an SVG, as the last gate. Stylesheets are
    the tool's own."""
    allowed, names = allow_list(layout), name_rules(layout)
    for name, data in sorted(files.items()):
        if name.endswith(".pdf"):
            egress.refuse_leaks(name, pdftext.parts(data), allowed, names)
    site = {name: data for name, data in files.items() if name.endswith((".html", ".svg", ".csv"))}
    if site:
        parts = [(name, _site_text(name, data)) for name, data in sorted(site.items())]
        parts.append((checksums.NAME, "\n".join(sorted(files))))
        egress.refuse_leaks("Nettutgaven", parts, allowed, names)
    for name, data in sorted(files.items()):
        if name.endswith((".md", ".json")):  # the release notes, the approvals record
            egress.refuse_leaks(name, [(name, data.decode("utf-8"))], allowed, names)
    unsafe = [f"{name}: {problem}" for name, data in sorted(site.items()) for problem in _unsafe(name, data)]
    if unsafe:
        raise UserError(
            f"Nettutgaven ble ikke skrevet: {'; '.join(unsafe[:10])}.",
            "Kjør «rapport sjekk», som viser hvor i kapitlene og figurene dette står.",
        )


def _site_text(name: str, data: bytes) -> str:
    if name.endswith(".svg"):
        return websafe_svg.text(data)
    text = decode_for_scan(data).text
    return _visible_text(text) if name.endswith(".html") else text


def _unsafe(name: str, data: bytes) -> list[str]:
    if name.endswith(".svg"):
        return [problem.message for problem in websafe_svg.problems(data)]
    if not name.endswith(".html"):
        return []
    parser = _Text()
    parser.feed(data.decode("utf-8"))
    return parser.unsafe


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.unsafe: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._skip += 1
        self.parts += [value for key, value in attrs if key in ("alt", "title", "aria-label") and value]
        # Link targets are read too: a value percent-encoded in an href is in the page, if not on it.
        self.parts += [value for key, value in attrs if key in ("href", "src") and value]
        for key, value in attrs:
            if websafe.refused_attribute(key) and key not in ("href", "src"):
                self.unsafe.append(f"<{tag}> har attributtet «{key}»")
            elif key == "href" and value and websafe.refused_link(value):
                self.unsafe.append(f"<{tag}> lenker til en adresse som starter med «{websafe.refused_link(value)}:»")
            elif key == "src" and value and websafe.scheme(value) is not None:
                self.unsafe.append(f"<{tag}> henter noe utenfra («{websafe.scheme(value)}:»)")

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
