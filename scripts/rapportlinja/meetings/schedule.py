"""Meeting dates from a line's cadence: the n-th (or last) weekday of each meeting month,
moved off Norwegian public holidays by the routine's rule (see workdays.py)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from rapportlinja.base.errors import UserError
from rapportlinja.meetings import workdays
from rapportlinja.meetings.routine import Line

SEARCH_YEARS = 3  # the sparsest cadence (yearly) always has a meeting within this


def nominal_in(line: Line, year: int, month: int) -> dt.date:
    """The day the cadence gives in a month, before holidays are considered."""
    days = [
        day
        for day in calendar.Calendar().itermonthdates(year, month)
        if day.month == month and day.weekday() == line.weekday
    ]
    return days[-1] if line.week_of_month == -1 else days[line.week_of_month - 1]


def meeting_in(line: Line, year: int, month: int) -> dt.date | None:
    """The meeting day in a given month (whether or not the line meets that month); None if cancelled.

    A meeting moved off a holiday never lands in a month the line skips: then it moves the other way.
    """
    nominal = nominal_in(line, year, month)
    day = workdays.moved(nominal, line.on_holiday)
    if day is None or day.month == month or day.month in line.months:
        return day
    other = workdays.PREVIOUS if line.on_holiday == workdays.NEXT else workdays.NEXT
    fallback = workdays.moved(nominal, other)
    return fallback if fallback is not None and (fallback.month == month or fallback.month in line.months) else None


def _months_from(year: int, month: int) -> Iterator[tuple[int, int]]:
    while True:
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def meetings_between(line: Line, start: dt.date, end: dt.date) -> list[dt.date]:
    """Scheduled meetings in [start, end)."""
    dates = []
    # From the month before: a meeting moved off a holiday can cross into the next month.
    first = (start.year - 1, 12) if start.month == 1 else (start.year, start.month - 1)
    for year, month in _months_from(*first):
        if dt.date(year, month, 1) > end + dt.timedelta(days=workdays.MAX_SHIFT_DAYS):
            break
        if month in line.months:
            day = meeting_in(line, year, month)
            if day is not None and start <= day < end:
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
