"""Only public chapters in the order: the rule the build enforces, reported by `rapport sjekk` first."""

from __future__ import annotations

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error
from rapportlinja.report.snapshot import Snapshot


def check_public(snapshot: Snapshot) -> list[Finding]:
    """A chapter in `kapitler:` that is not «offentlig», at its «klassifisering» line."""
    edition = snapshot.edition
    if not edition.ok:
        return []
    findings = []
    for name in dict.fromkeys(edition.data["kapitler"]):
        chapter = snapshot.chapters.get(name)
        if chapter is None or not isinstance(chapter.loaded.data, dict):
            continue
        classification = chapter.loaded.data.get("klassifisering")
        if not isinstance(classification, str) or classification == "offentlig":
            continue
        loaded = chapter.loaded
        line, column = yamldoc.position(loaded.nodes, ("klassifisering",), loaded.yaml_first_line)
        findings.append(
            error(
                loaded.rel,
                line,
                column,
                f"Kapittelet er «{classification}», men står i kapitler: i report/rapport.yaml; "
                "den offentlige rapporten kan bare ta med offentlige kapitler.",
                "Fjern kapittelet fra «kapitler» i report/rapport.yaml, eller sett «klassifisering: offentlig» "
                "når teksten kan offentliggjøres.",
                "order.not-public-listed",
            )
        )
    return findings
