"""Findings as plain text (`fil:linje:kolonne: feil: melding` and a closing count), and refusing on errors.

In base because loaders and commands on every layer refuse broken input the same way; refusing
prints nothing: the findings travel in the `UserError`, and the CLI's one handler shows them.
The reporters build on `render` and `count_line`.
"""

from __future__ import annotations

from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, Severity, has_errors, is_note
from rapportlinja.base.personal.masking import mask_finding

# The severity and the closing count in nynorsk, for a report with «målform: nn». The messages themselves
# stay bokmål: there are hundreds, and they are the tool's, not the report's.
_NYNORSK = {"advarsel": "åtvaring", "advarsler": "åtvaringar"}


def _word(word: str, language: str) -> str:
    return _NYNORSK.get(word, word) if language == "nn" else word


def render(findings: list[Finding], files_checked: int, language: str = "nb") -> str:
    """Errors and warnings, then the count; below it the notes (advice, never counted) when nothing is an error.

    With errors the notes are left out here (the JSON and GitHub formats keep them): the edit must be fixed
    first, and the count stays the last line, where people and scripts look for it.
    """
    findings = [mask_finding(f) for f in findings]  # no output repeats a value whole
    actionable = [f for f in findings if not is_note(f)]
    notes = [f for f in findings if is_note(f)]
    lines = _lines(actionable, language)
    lines.append(count_line(actionable, files_checked, language))
    if notes and not has_errors(findings):
        heading = "ikkje feil, berre råd" if language == "nn" else "ikke feil, bare råd"
        lines += ["", f"Merknader om språket ({len(notes)}; {heading}):", *_lines(notes, language)]
    return "\n".join(lines) + "\n"


def _lines(findings: list[Finding], language: str) -> list[str]:
    lines = []
    for finding in findings:
        lines.append(f"{finding.location}: {_word(finding.severity.value, language)}: {finding.message}")
        if finding.hint:
            lines.extend(f"    tips: {hint_line}" for hint_line in finding.hint.split("\n"))
    return lines


def refuse_on_errors(findings: list[Finding], files_checked: int, refusal: str, hint: str | None = None) -> None:
    """For code that must not go on with broken input: stop with `refusal`, the findings as its details."""
    if has_errors(findings):
        raise UserError(refusal, hint, render([f for f in findings if not is_note(f)], files_checked))


def warnings_text(findings: list[Finding], files_checked: int, language: str = "nb") -> str:
    """The warnings among `findings` as text, for a command to show when it goes on; empty without any."""
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    return render(warnings, files_checked, language) if warnings else ""


def count_line(findings: list[Finding], files_checked: int, language: str = "nb") -> str:
    findings = [f for f in findings if not is_note(f)]
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    files = f"{files_checked} {'fil' if files_checked == 1 else 'filer'}"
    if not findings:
        return f"Ingen feil i {files}."
    parts = [f"{errors} feil"] if errors else []
    if warnings:
        parts.append(f"{warnings} {_word('advarsel' if warnings == 1 else 'advarsler', language)}")
    return f"{' og '.join(parts)} i {files}."
