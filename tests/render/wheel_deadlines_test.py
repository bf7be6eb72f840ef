"""Agendas list the wheel's deadlines in the six weeks after the meeting, and nothing else from it."""

from __future__ import annotations

import datetime as dt

from rapportlinja.base.layout import Layout
from rapportlinja.read import wheel_inputs
from rapportlinja.render import wheel_deadlines
from tests.meetings.helpers import BL, KD, agenda

HEADING = "## Frister i årshjulet de neste seks ukene"


def test_deadline_within_six_weeks_is_listed(example):
    text = agenda(example, KD, "--dato", "2027-01-27")
    section = text.split(HEADING)[1]
    assert "- 31\\. januar 2027: Tillitsvalgte inviteres til å utforme kapitlet" in section
    assert "- 28\\. februar 2027: Utkast til tilstandsrapport" in section
    assert "mars 2027" not in section  # 3 March is past the six weeks


def test_no_section_without_deadlines(example):
    assert HEADING not in agenda(example, BL, "--dato", "2026-03-10")  # everything then is done


def test_done_and_meeting_items_are_left_out(example):
    inputs_wheel = wheel_inputs.read(Layout(example)).wheel(2026, None)
    # From 1 November: six weeks reach 13 December; «ferdig» items and the meetings never show.
    found = wheel_deadlines.upcoming([inputs_wheel], dt.date(2026, 11, 1))
    assert [(day, a.title) for day, a in found] == [
        (dt.date(2026, 11, 30), "Svarene fra spørreundersøkelsen importeres og oppsummeres")
    ]
    longer = wheel_deadlines.upcoming([inputs_wheel], dt.date(2026, 1, 1), days=365)
    assert [a.status for _, a in longer] == ["pågår", "planlagt"] and not any(a.derived for _, a in longer)


def test_agenda_without_a_wheel_file_is_unchanged(example):
    (example / "report/arshjul.yaml").unlink()
    assert HEADING not in agenda(example, KD, "--dato", "2027-01-27")
