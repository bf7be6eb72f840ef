"""Plain text for a terminal: one finding per line, `fil:linje:kolonne: feil: melding`."""

from __future__ import annotations

from rapportlinja.reporters.summary import count_line
from rapportlinja.validation.findings import Finding


def render(findings: list[Finding], files_checked: int) -> str:
    lines = []
    for finding in findings:
        lines.append(f"{finding.location}: {finding.severity.value}: {finding.message}")
        if finding.hint:
            lines.extend(f"    tips: {hint_line}" for hint_line in finding.hint.split("\n"))
    lines.append(count_line(findings, files_checked))
    return "\n".join(lines) + "\n"
