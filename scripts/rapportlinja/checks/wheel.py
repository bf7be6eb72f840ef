"""The annual wheel in `rapport sjekk`: report/arshjul.yaml is valid, and nothing is left past its deadline."""

from __future__ import annotations

import datetime as dt

from rapportlinja.base import clock
from rapportlinja.base.findings import Finding, has_errors
from rapportlinja.base.layout import Layout
from rapportlinja.read import wheel_inputs
from rapportlinja.wheel import load, validate


def check_wheel(layout: Layout, selected: set[str] | None, today: dt.date | None = None) -> list[Finding]:
    """Errors in the wheel file; warnings for activities past due (`today` defaults to the clock)."""
    if selected is not None and load.WHEEL_FILE not in selected:
        return []
    loaded = wheel_inputs.read_file(layout)
    if loaded is None:
        return []
    findings = loaded.findings + validate.structure(loaded)
    if has_errors(findings):
        return findings
    inputs = wheel_inputs.read(layout)  # valid now, so this does not raise
    today = today or clock.today()
    wheel = inputs.wheel(inputs.plan.status_year, today)
    return findings + validate.past_due(wheel, inputs.plan, today)
