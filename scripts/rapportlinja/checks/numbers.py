"""Numbers in a chapter's tables in Norwegian form, as the README promises: a warning otherwise.

Only the form is judged (decimal comma, spaces between groups of thousands, a space before
«%»), never the value; the message does not repeat the number, which could be a phone number
that the privacy check refuses on its own.
"""

from __future__ import annotations

import re

from rapportlinja.base.findings import Finding, warning
from rapportlinja.report.markdown import Scan

_SIGN = r"[-+−]?"
# One pass per row: a cell that is only a number in a non-Norwegian form, first rule wins.
_BAD_CELL = re.compile(
    r"(?<=\|)[ \t]*(?:"
    rf"(?P<english>{_SIGN}\d{{1,3}}(?:(?:,\d{{3}}){{2,}}(?:\.\d+)?|,\d{{3}}\.\d+)\s*%?)"
    rf"|(?P<point>{_SIGN}\d+\.\d+\s*%?)"
    rf"|(?P<ungrouped>{_SIGN}\d{{5,}}(?:,\d+)?\s*%?)"
    rf"|(?P<percent>{_SIGN}\d+(?:,\d+)?%)"
    r")[ \t]*(?=\|)"
)
_MESSAGES = {
    "english": (
        "Tallet har komma mellom tusengruppene, som på engelsk.",
        "Skriv mellomrom mellom tusengruppene og komma før desimalene: «1 234 567» og «12,5».",
    ),
    "point": (
        "Tallet har desimalpunktum; på norsk skrives desimalkomma.",
        "Skriv for eksempel «12,5 %», ikke «12.5%».",
    ),
    "ungrouped": (
        "Tallet mangler mellomrom mellom tusengruppene.",
        "Skriv for eksempel «1 234 567», ikke «1234567».",
    ),
    "percent": ("Det mangler mellomrom før prosenttegnet.", "Skriv for eksempel «12,5 %», med mellomrom før «%»."),
}


_QUICK = re.compile(r"\d(?:[.,]\d|\d{4}|\s*%)")  # rows without any of these cannot match


def check_table_numbers(scan: Scan, rel: str) -> list[Finding]:
    findings = []
    for number, line in scan.lines:
        if not line.lstrip().startswith("|") or not _QUICK.search(line):
            continue
        for match in _BAD_CELL.finditer(line):
            kind = match.lastgroup or "point"
            message, hint = _MESSAGES[kind]
            findings.append(warning(rel, number, match.start(kind) + 1, message, hint, "table.number-format"))
    return findings
