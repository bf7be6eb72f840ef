"""`rapport kalender`: an .ics that parses and expands to the routine's dates across a year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from tests.meetings.helpers import BL, KD, KS, run

EXPECTED_2026 = {
    BL: [
        "2026-01-13",
        "2026-02-10",
        "2026-03-10",
        "2026-04-14",
        "2026-05-12",
        "2026-06-09",
        "2026-07-14",
        "2026-08-11",
        "2026-09-08",
        "2026-10-13",
        "2026-11-10",
        "2026-12-08",
    ],
    KS: [
        "2026-01-15",
        "2026-02-19",
        "2026-03-19",
        "2026-04-16",
        "2026-05-21",
        "2026-06-18",
        "2026-07-16",
        "2026-08-20",
        "2026-09-17",
        "2026-10-15",
        "2026-11-19",
        "2026-12-17",
    ],
    KD: ["2026-01-28", "2026-08-26"],
}


def build(root: Path, year: int, capsys: pytest.CaptureFixture[str]) -> bytes:
    assert run(root, "kalender", "--år", str(year)) == 0
    rel = capsys.readouterr().out.strip()
    assert rel == f"build/kalender/rapporteringsmoter-{year}.ics"
    return (root / rel).read_bytes()


def expand(data: bytes) -> dict[str, list[str]]:
    dates = {}
    for event in Calendar.from_ical(data).walk("VEVENT"):
        start = event.decoded("dtstart")
        rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=start)
        dates[str(event["categories"].cats[0])] = [d.date().isoformat() for d in rule]
    return dates


def test_expands_to_the_routine_dates(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert expand(build(example, 2026, capsys)) == EXPECTED_2026


def test_half_yearly_line_meets_in_january_and_august(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dates = expand(build(example, 2027, capsys))
    assert [d[5:7] for d in dates[KD]] == ["01", "08"]
    assert len(dates[BL]) == len(dates[KS]) == 12


def test_events_are_stable_and_in_oslo_time(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = build(example, 2026, capsys)
    assert build(example, 2026, capsys) == data
    calendar = Calendar.from_ical(data)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    events = {str(e["categories"].cats[0]): e for e in calendar.walk("VEVENT")}
    assert str(events[BL]["uid"]) == "barnevernleder-kommunalsjef-2026@rapportlinja"
    start = events[KD].decoded("dtstart")
    assert str(start.tzinfo) == "Europe/Oslo" and start.time() == dt.time(10, 0)
    assert "BYMONTH=1,8" in events[KD]["rrule"].to_ical().decode()
    assert str(events[KS]["summary"]) == "Rapporteringsmøte: kommunalsjef barn og familie og kommunaldirektør oppvekst"
    description = str(events[BL]["description"])
    assert (
        "Oppfølging av vertskommunesamarbeid" in description
        and "Innkaller: kommunalsjef barn og familie" in description
    )
