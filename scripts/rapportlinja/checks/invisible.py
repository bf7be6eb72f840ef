"""Invisible characters that Word and Outlook paste along: a warning with where they are.

They print as nothing, but a zero-width space splits a word, so that searching the PDF for
it fails (and a number with one inside slips past the privacy check); a soft hyphen does
the same to search. The writer cannot see them in the browser, so we say where.
"""

from __future__ import annotations

import re

from rapportlinja.base.findings import Finding, warning
from rapportlinja.report.markdown import Scan

_NAMES = {
    "\u00ad": "en myk bindestrek (U+00AD)",
    "\u200b": "et usynlig mellomrom (U+200B)",
    "\u200c": "et usynlig skilletegn (U+200C)",
    "\u200d": "et usynlig bindetegn (U+200D)",
    "\u2060": "et usynlig bindetegn (U+2060)",
    "\ufeff": "et usynlig tegn (U+FEFF)",
}
_INVISIBLE = re.compile("[" + "".join(_NAMES) + "]")


def check_invisible(scan: Scan, rel: str) -> list[Finding]:
    findings = []
    for number, line in scan.lines:
        match = _INVISIBLE.search(line)
        if match:
            findings.append(
                warning(
                    rel,
                    number,
                    match.start() + 1,
                    f"Linjen har {_NAMES[match.group(0)]} fra Word eller Outlook; ord med det i blir ikke funnet "
                    "ved søk i PDF-en.",
                    "Skriv ordet på nytt i nettleseren, eller lim inn teksten som ren tekst (Ctrl+Shift+V).",
                    "text.invisible",
                )
            )
    return findings
