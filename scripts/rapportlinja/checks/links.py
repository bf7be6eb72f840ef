"""Internal links between chapters and to headings: every target must exist in the report."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.base.personal.masking import UserText
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.report.markdown import Scan

_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
# A link or image whose address has a space in it, not in <…> and not before a "title": GitHub
# shows it as raw text, and the scanner (like CommonMark) does not see a link in it.
_SPACED = re.compile(r"(?<!\\)(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*([^\s()<>]+(?:[ \t]+[^\s()<>\"']+)+)\s*\)")


def check_links(scan: Scan, rel: str, file: str, anchors: Mapping[str, set[str]]) -> list[Finding]:
    """`anchors` maps each chapter file in the order to the heading ids it defines."""
    findings = []
    for link in scan.links:
        target = link.target
        if not target or _EXTERNAL.match(target):
            continue
        where = (rel, link.line, link.column)
        name, _, anchor = target.partition("#")
        name = name or file
        if name not in anchors:
            hint = (
                did_you_mean(name, anchors) or "Lenk til et kapittel med filnavnet, for eksempel (05-temaomrader.md)."
            )
            if name.endswith(".md"):
                findings.append(
                    error(
                        *where,
                        f"Lenken peker på «{UserText(name)}», som ikke er et kapittel i rapporten.",
                        hint,
                        "link.missing-chapter",
                    )
                )
            else:
                findings.append(
                    warning(
                        *where,
                        f"Lenken peker på «{UserText(name)}», som ikke blir med i PDF-en.",
                        "Lenk til et kapittel eller en nettside.",
                        "link.not-in-report",
                    )
                )
            continue
        if anchor and anchor not in anchors[name]:
            findings.append(
                error(
                    *where,
                    f"Fant ikke overskriften «#{anchor}» i {name}.",
                    did_you_mean(anchor, anchors[name]) or "Sjekk id-en i overskriften, for eksempel {#min-id}.",
                    "link.missing-anchor",
                )
            )
    return findings


def check_link_spaces(scan: Scan, rel: str) -> list[Finding]:
    """A space in a link's or image's address: GitHub shows raw text, and pandoc's %20 finds no file."""
    findings = []
    for number, line in scan.lines:
        if "](" not in line:
            continue
        for match in _SPACED.finditer(line):
            findings.append(_spaced(rel, number, match.start() + 1, bool(match.group(1)), match.group(2)))
    return findings


def _spaced(rel: str, line: int, column: int, image: bool, target: str) -> Finding:
    what = "bildet" if image else "lenken"
    if _EXTERNAL.match(target):
        # pandoc writes %20, so the PDF's link works; GitHub's preview prints the markup: the two differ,
        # and what the reviewers read must be what the PDF prints.
        return error(
            rel,
            line,
            column,
            f"Adressen i {what} har mellomrom: GitHub og andre Markdown-lesere viser den som tekst.",
            "Skriv %20 i stedet for mellomrommet, eller sett adressen i vinkelparenteser: "
            "[tekst](<https://eksempel.no/min side>).",
            "link.space",
        )
    hint = (
        "Gi bildefilen et navn uten mellomrom (for eksempel kart-over-kommunen.svg) og skriv det navnet her."
        if image
        else "Filnavnene i rapporten har ikke mellomrom: skriv filnavnet slik det står, for eksempel "
        "(05-temaomrader.md). Lenker du til en fil med mellomrom, skriv %20 i stedet eller bruk <…>."
    )
    return error(
        rel,
        line,
        column,
        f"Adressen i {what} har mellomrom: den peker ikke på noen fil i rapporten, og GitHub viser den som tekst.",
        hint,
        "link.space",
    )
