"""The last gate before anything public is written: the same personal-data scan as the input, on the output.

An input path the checks do not read (a Git author, a file the scanner missed) still cannot publish
personal data or internal text: the finished PDF's text, metadata, bookmarks and alt text, the release
notes and the web edition's pages are scanned before they are written, and a finding stops the command.
"""

from __future__ import annotations

from rapportlinja.base.layout import Layout
from rapportlinja.checks.privacy import ALLOW_LIST, allowed_values
from rapportlinja.privacy import egress, pdftext
from rapportlinja.read.documents import load_yaml_file


def allow_list(layout: Layout) -> frozenset[str]:
    """The reviewed public numbers and addresses (report/tillatte-tall.yaml) a document may show."""
    return allowed_values(load_yaml_file(layout.root / ALLOW_LIST, ALLOW_LIST, "personvern"))


def refuse_leaks_in_pdf(layout: Layout, name: str, data: bytes) -> None:
    egress.refuse_leaks(name, pdftext.parts(data), allow_list(layout))


def refuse_leaks_in_text(layout: Layout, name: str, text: str) -> None:
    egress.refuse_leaks(name, [(name, text)], allow_list(layout))
