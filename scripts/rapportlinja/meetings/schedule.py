"""Meeting dates from a line's cadence: the n-th (or last) weekday of each meeting month."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from rapportlinja.base.errors import UserError
from rapportlinja.meetings.routine import Line

SEARCH_YEARS = 3  # the sparsest cadence (yearly) always has a meeting within this


def meeting_in(line: Line, year: int, month: int) -> dt.date:
    """The meeting day in a given month (whether or not the line meets that month)."""
    days = [
        day
        for day in calendar.Calendar().itermonthdates(year, month)
        if day.month == month and day.weekday() == line.weekday
    ]
    return days[-1] if line.week_of_month == -1 else days[line.week_of_month - 1]


def _months_from(year: int, month: int) -> Iterator[tuple[int, int]]:
    while True:
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def meetings_between(line: Line, start: dt.date, end: dt.date) -> list[dt.date]:
    """Scheduled meetings in [start, end)."""
    dates = []
    for year, month in _months_from(start.year, start.month):
        if dt.date(year, month, 1) >= end:
            break
        if month in line.months:
            day = meeting_in(line, year, month)
            if start <= day < end:
                dates.append(day)
    return dates


def next_meeting(line: Line, today: dt.date) -> dt.date:
    """The first scheduled meeting on or after `today`."""
    found = meetings_between(line, today, today.replace(year=today.year + SEARCH_YEARS, day=1))
    if not found:
        raise UserError(f"Fant ikke noe møte for linjen «{line.id}» i rutinen de neste {SEARCH_YEARS} årene.")
    return found[0]


def previous_meeting(line: Line, before: dt.date) -> dt.date | None:
    """The last scheduled meeting before `before`, or None."""
    found = meetings_between(line, before.replace(year=before.year - SEARCH_YEARS, day=1), before)
    return found[-1] if found else None
