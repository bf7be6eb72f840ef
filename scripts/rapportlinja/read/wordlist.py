"""The municipality's own words for the spelling check (report/ordliste.txt): place names, local services.

One word per line; blank lines and lines starting with «#» are skipped. A missing file is an empty list.
"""

from __future__ import annotations

from rapportlinja.base.findings import Finding
from rapportlinja.base.layout import Layout
from rapportlinja.read.textfile import read_text

FILE = "report/ordliste.txt"


def read(layout: Layout) -> tuple[frozenset[str], list[Finding]]:
    path = layout.root / FILE
    if not path.is_file() or not layout.inside(path):
        return frozenset(), []
    result = read_text(path, FILE)
    if result.text is None:
        return frozenset(), result.findings
    words = (line.strip() for line in result.text.splitlines())
    return frozenset(w.casefold() for w in words if w and not w.startswith("#")), []
