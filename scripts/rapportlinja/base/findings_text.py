"""Findings as plain text (`fil:linje:kolonne: feil: melding` and a closing count), and refusing on errors.

In base because loaders and commands on every layer refuse broken input the same way; refusing
prints nothing: the findings travel in the `UserError`, and the CLI's one handler shows them.
The reporters build on `render` and `count_line`.
"""

from __future__ import annotations

from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, Severity, has_errors
from rapportlinja.base.personal.masking import mask_finding

# The severity and the closing count in nynorsk, for a report with «målform: nn». The messages themselves
# stay bokmål: there are hundreds, and they are the tool's, not the report's.
_NYNORSK = {"advarsel": "åtvaring", "advarsler": "åtvaringar"}


def _word(word: str, language: str) -> str:
    return _NYNORSK.get(word, word) if language == "nn" else word


def render(findings: list[Finding], files_checked: int, language: str = "nb") -> str:
    findings = [mask_finding(f) for f in findings]  # no output repeats a value whole
    lines = []
    for finding in findings:
        lines.append(f"{finding.location}: {_word(finding.severity.value, language)}: {finding.message}")
        if finding.hint:
            lines.extend(f"    tips: {hint_line}" for hint_line in finding.hint.split("\n"))
    lines.append(count_line(findings, files_checked, language))
    return "\n".join(lines) + "\n"


def refuse_on_errors(findings: list[Finding], files_checked: int, refusal: str, hint: str | None = None) -> None:
    """For code that must not go on with broken input: stop with `refusal`, the findings as its details."""
    if has_errors(findings):
        raise UserError(refusal, hint, render(findings, files_checked))


def warnings_text(findings: list[Finding], files_checked: int, language: str = "nb") -> str:
    """The warnings among `findings` as text, for a command to show when it goes on; empty without any."""
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    return render(warnings, files_checked, language) if warnings else ""


def count_line(findings: list[Finding], files_checked: int, language: str = "nb") -> str:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    files = f"{files_checked} {'fil' if files_checked == 1 else 'filer'}"
    if not findings:
        return f"Ingen feil i {files}."
    parts = [f"{errors} feil"] if errors else []
    if warnings:
        parts.append(f"{warnings} {_word('advarsel' if warnings == 1 else 'advarsler', language)}")
    return f"{' og '.join(parts)} i {files}."
