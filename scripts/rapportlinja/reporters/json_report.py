"""JSON for tools and editors: a list of findings plus counts."""

from __future__ import annotations

import json

from rapportlinja.base.findings import Finding, Severity
from rapportlinja.base.personal.masking import mask_finding


def render(findings: list[Finding], files_checked: int) -> str:
    findings = [mask_finding(f) for f in findings]  # no output repeats a value whole
    document = {
        "filer_sjekket": files_checked,
        "feil": sum(f.severity is Severity.ERROR for f in findings),
        "advarsler": sum(f.severity is Severity.WARNING for f in findings),
        "funn": [_entry(f) for f in findings if f.severity is not Severity.NOTE],
        # Advice (readability, klarspråk) apart from the findings: a tool that acts on «funn» is not flooded.
        "merknader": [_entry(f) for f in findings if f.severity is Severity.NOTE],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _entry(f: Finding) -> dict[str, object]:
    return {
        "fil": f.path,
        "linje": f.line,
        "kolonne": f.column,
        "alvorlighet": f.severity.value,
        "melding": f.message,
        "tips": f.hint,
        "kode": f.code,
    }
