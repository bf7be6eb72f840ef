"""Internal links between chapters and to headings: every target must exist in the report."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.base.personal.masking import UserText
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.report.markdown import Scan

_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


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
