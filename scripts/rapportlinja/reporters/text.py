"""Plain text for a terminal: one finding per line, `fil:linje:kolonne: feil: melding`."""

from __future__ import annotations

import sys

from rapportlinja.errors import UserError
from rapportlinja.privacy.masking import mask_finding
from rapportlinja.reporters.summary import count_line
from rapportlinja.validation.findings import Finding, Severity, has_errors


def render(findings: list[Finding], files_checked: int) -> str:
    findings = [mask_finding(f) for f in findings]  # no output repeats a value whole
    lines = []
    for finding in findings:
        lines.append(f"{finding.location}: {finding.severity.value}: {finding.message}")
        if finding.hint:
            lines.extend(f"    tips: {hint_line}" for hint_line in finding.hint.split("\n"))
    lines.append(count_line(findings, files_checked))
    return "\n".join(lines) + "\n"


def refuse_on_errors(
    findings: list[Finding], files_checked: int, refusal: str, hint: str | None = None, show_warnings: bool = False
) -> None:
    """For commands that must not go on with broken input: show the findings and stop with `refusal`.

    Without errors nothing happens, except that warnings are shown when `show_warnings`.
    """
    if has_errors(findings):
        sys.stderr.write(render(findings, files_checked))
        raise UserError(refusal, hint)
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    if warnings and show_warnings:
        sys.stderr.write(render(warnings, files_checked))
