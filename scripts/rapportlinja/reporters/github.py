"""GitHub Actions workflow commands: findings show inline in the pull request's diff.

GitHub shows only the first 10 annotations of each type per step, so the complete
list also goes to the job summary as a Markdown table (`summary`; `rapport sjekk` writes it).
"""

from __future__ import annotations

from rapportlinja.base.findings import Finding, Severity
from rapportlinja.base.findings_text import count_line
from rapportlinja.base.personal.masking import mask_finding

ANNOTATION_LIMIT = 10
_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def render(findings: list[Finding], files_checked: int) -> str:
    findings = [mask_finding(f) for f in findings]  # no output repeats a value whole
    lines = [_annotation(f) for f in findings]
    lines.append(count_line(findings, files_checked))
    notes = sum(f.severity is Severity.NOTE for f in findings)
    if len(findings) - notes > ANNOTATION_LIMIT or notes > ANNOTATION_LIMIT:
        lines.append("GitHub viser bare de første 10 funnene i koden; hele listen står i sammendraget for jobben.")
    return "\n".join(lines) + "\n"


def _annotation(finding: Finding) -> str:
    command = _COMMANDS[finding.severity]
    props = [f"file={_prop(finding.path)}"]
    if finding.line:
        props.append(f"line={finding.line}")
    if finding.column:
        props.append(f"col={finding.column}")
    props.append(f"title={_prop('rapport sjekk')}")
    message = finding.message + (f"\n{finding.hint}" if finding.hint else "")
    return f"::{command} {','.join(props)}::{_data(message)}"


def summary(findings: list[Finding], files_checked: int) -> str:
    findings = [mask_finding(f) for f in findings]
    rows = ["## rapport sjekk", "", count_line(findings, files_checked), ""]
    if findings:
        rows += ["| Sted | Alvorlighet | Melding | Tips |", "|---|---|---|---|"]
        rows += [
            f"| `{f.location}` | {f.severity.value} | {_cell(f.message)} | {_cell(f.hint or '')} |" for f in findings
        ]
    return "\n".join(rows) + "\n\n"


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", "<br>")
