"""The closing line: how many errors and warnings, in Norwegian."""

from __future__ import annotations

from rapportlinja.validation.findings import Finding, Severity


def count_line(findings: list[Finding], files_checked: int) -> str:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    files = f"{files_checked} {'fil' if files_checked == 1 else 'filer'}"
    if not findings:
        return f"Ingen feil i {files}."
    parts = [f"{errors} feil"] if errors else []
    if warnings:
        parts.append(f"{warnings} {'advarsel' if warnings == 1 else 'advarsler'}")
    return f"{' og '.join(parts)} i {files}."
