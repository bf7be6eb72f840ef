"""Findings as text, and refusing on them: the refusal prints nothing, the CLI's handler shows it once."""

from __future__ import annotations

import pytest

from rapportlinja.base import findings_text
from rapportlinja.base.errors import ExitCode, UserError, error_handler
from rapportlinja.base.findings import error, warning

BROKEN = error("report/rapport.yaml", 3, 5, "«år» må være et tall.", "Skriv for eksempel år: 2025.", "schema.type")
NOTE = warning("report/kapitler/01-innledning.md", 9, 1, "Myk bindestrek i teksten.", None, "text.soft-hyphen")


def test_a_refusal_carries_its_findings_and_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UserError) as raised:
        findings_text.refuse_on_errors([BROKEN, NOTE], 2, "Rapporten ble ikke bygget.", "Kjør «rapport sjekk».")
    assert capsys.readouterr() == ("", "")
    assert raised.value.details.startswith("report/rapport.yaml:3:5: feil: «år» må være et tall.\n")
    assert raised.value.details.endswith("1 feil og 1 advarsel i 2 filer.\n")


def test_the_handler_shows_the_findings_then_the_refusal(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ExitCode) as code, error_handler():
        findings_text.refuse_on_errors([BROKEN], 1, "Rapporten ble ikke bygget.")
    err = capsys.readouterr().err
    assert code.value.code == 1
    assert err.index("report/rapport.yaml:3:5: feil:") < err.index("feil: Rapporten ble ikke bygget.")
    assert err.count("«år» må være et tall.") == 1


def test_without_errors_nothing_happens_and_warnings_are_text_for_the_command() -> None:
    findings_text.refuse_on_errors([NOTE], 1, "Skal ikke skje.")
    assert findings_text.warnings_text([NOTE], 1).startswith("report/kapitler/01-innledning.md:9:1: advarsel:")
    assert findings_text.warnings_text([], 1) == ""
