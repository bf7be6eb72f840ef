"""Agendas list the wheel's deadlines in the six weeks after the meeting, and nothing else from it."""

from __future__ import annotations

import datetime as dt

from rapportlinja.base.layout import Layout
from rapportlinja.read import wheel_inputs
from rapportlinja.render import wheel_deadlines
from tests.checks.wheel_test import reopen
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
    reopen(example, "Svarene fra spørreundersøkelsen importeres")
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


def test_an_overdue_activity_of_the_live_year_stays_on_the_agenda(example):
    reopen(example, "Svarene fra spørreundersøkelsen importeres")
    section = agenda(example, BL, "--dato", "2026-12-08").split(HEADING)[1]
    assert "30\\. november 2026: Svarene fra spørreundersøkelsen importeres og oppsummeres" in section
    assert "fristen er passert" in section
    # A year later the cycle is history: last year's statuses say nothing about this year.
    next_year = agenda(example, BL, "--dato", "2027-12-14").split(HEADING)
    assert len(next_year) == 1 or "november 2026" not in next_year[1].split("\n## ")[0]
