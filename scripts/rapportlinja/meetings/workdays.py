"""Norwegian working days: public holidays from the maintained `holidays` calendar, and what the routine
does with a meeting that falls on one (move it to the next or previous working day, or cancel it).

Skjærtorsdag, 17. mai and the rest come from the library, so a change in the law is a library update.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

NEXT, PREVIOUS, CANCEL = "neste virkedag", "forrige virkedag", "avlyses"
RULES = (NEXT, PREVIOUS, CANCEL)
MAX_SHIFT_DAYS = 10  # no run of holidays and weekends in Norway is longer


@functools.cache
def _calendar(year: int) -> holidays.HolidayBase:
    import holidays  # late: 20 ms to import, and only a check or a command with meeting dates needs it

    return holidays.country_holidays("NO", years=year, language="no")


def holiday_name(day: dt.date) -> str | None:
    """The Norwegian name of the public holiday on `day` («Skjærtorsdag»), or None."""
    name = _calendar(day.year).get(day)
    return str(name) if name else None


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and holiday_name(day) is None


def moved(day: dt.date, rule: str) -> dt.date | None:
    """Where a meeting planned for `day` is held under `rule`; None when it is cancelled."""
    if is_working_day(day):
        return day
    if rule == CANCEL:
        return None
    step = dt.timedelta(days=1 if rule == NEXT else -1)
    candidate = day
    for _ in range(MAX_SHIFT_DAYS):
        candidate += step
        if is_working_day(candidate):
            return candidate
    raise AssertionError(f"no working day within {MAX_SHIFT_DAYS} days of {day}")
