"""No meeting on a Norwegian public holiday or in a month the routine skips, 2025–2040:
not in the schedule that agendas and minutes scaffolds use, and not in the calendar file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import holidays
import pytest
from ruamel.yaml import YAML

from rapportlinja.base.layout import Layout
from rapportlinja.meetings import schedule
from rapportlinja.meetings.routine import Routine, routine_from
from rapportlinja.pipeline import inputs
from rapportlinja.render.upcoming import write_upcoming_agendas
from tests.commands.kalender_test import build, expand
from tests.meetings.helpers import BL, KD, KS, run

YEARS = range(2025, 2041)
NORWAY = holidays.country_holidays("NO", years=YEARS)
SKIPPED = {BL: {7}, KS: {7}, KD: set()}  # what meetings/rutine.yaml says


def routine(root: Path) -> Routine:
    return routine_from(YAML(typ="safe").load((root / "meetings" / "rutine.yaml").read_text("utf-8")))


def bad(day: dt.date, line: str) -> bool:
    return day in NORWAY or day.weekday() >= 5 or day.month in SKIPPED[line]


def test_known_collisions_are_moved_to_the_next_working_day(example: Path) -> None:
    ks = routine(example).line(KS)
    assert ks is not None
    assert schedule.meetings_between(ks, dt.date(2025, 4, 1), dt.date(2025, 5, 1)) == [dt.date(2025, 4, 22)]
    assert schedule.meetings_between(ks, dt.date(2030, 4, 1), dt.date(2030, 5, 1)) == [dt.date(2030, 4, 23)]
    assert schedule.meetings_between(ks, dt.date(2029, 5, 1), dt.date(2029, 6, 1)) == [dt.date(2029, 5, 18)]


def test_schedule_2025_to_2040_avoids_holidays_and_skipped_months(example: Path) -> None:
    for line in routine(example).lines:
        dates = schedule.meetings_between(line, dt.date(2025, 1, 1), dt.date(2041, 1, 1))
        assert len(dates) == 16 * (12 - len(SKIPPED[line.id]) if line.id != KD else 2)
        assert [d for d in dates if bad(d, line.id)] == []
        # Agendas and scaffolds without --dato take the next meeting from any day: never a bad one.
        for day in dates:
            assert schedule.next_meeting(line, day - dt.timedelta(days=3)) == day


def test_calendar_2025_to_2040_avoids_holidays_and_skipped_months(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = routine(example)
    for year in YEARS:
        expanded = expand(build(example, year, capsys))
        for line in plan.lines:
            wanted = schedule.meetings_between(line, dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
            assert expanded[line.id] == [d.isoformat() for d in wanted], (year, line.id)


def test_agenda_and_scaffold_for_the_meeting_after_skjaertorsdag(example: Path) -> None:
    assert run(example, "agenda", KS, "--i-dag", "2025-04-16") == 0
    assert (example / "build/agenda" / KS / "2025-04-22.md").is_file()
    text = (example / "build/agenda" / KS / "2025-04-22.md").read_text("utf-8")
    assert "- Tid: tirsdag 22. april 2025, kl. 13.00–14.00 (flyttet fra skjærtorsdag 17. april 2025)" in text
    assert run(example, "referat", "ny", KS, "--i-dag", "2025-04-16") == 0
    assert (example / "meetings" / KS / "2025-04-22.md").is_file()


def test_a_holiday_given_with_dato_is_refused(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "agenda", KS, "--dato", "2029-05-17") == 1
    err = capsys.readouterr().err
    assert "17. mai 2029 er en offentlig helligdag" in err and "18. mai 2029" in err
    assert run(example, "referat", "ny", KS, "--dato", "2029-05-17") == 1


def test_upcoming_agendas_skip_july(example: Path) -> None:
    paths = write_upcoming_agendas(Layout(example), inputs.load(Layout(example)), dt.date(2027, 7, 1), 31)
    assert paths == []


def test_calendar_marks_the_moved_meeting_with_exdate_and_rdate(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = build(example, 2025, capsys).decode().replace("\r\n ", "")  # unfold long lines
    event = next(part for part in text.split("BEGIN:VEVENT") if "UID:kommunalsjef-kommunaldirektor-2025" in part)
    assert "EXDATE;TZID=Europe/Oslo:20250417T130000" in event
    assert "RDATE;TZID=Europe/Oslo:20250422T130000" in event
    assert "LOCATION:https://teams.example.invalid/" in event
