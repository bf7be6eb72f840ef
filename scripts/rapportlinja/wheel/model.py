"""Typed records of the annual wheel: categories (rings) and dated activities."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import NamedTuple


class Category(NamedTuple):
    id: str
    name: str


class Timing(NamedTuple):
    """When an activity happens within a year: a span of months, or fixed days (points)."""

    first_month: int
    last_month: int
    days: tuple[tuple[int, int], ...] = ()  # (month, day) points; empty means the whole span

    def deadline(self, year: int) -> dt.date:
        if self.days:
            month, day = self.days[-1]
            return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        return dt.date(year, self.last_month, calendar.monthrange(year, self.last_month)[1])


class Activity(NamedTuple):
    """One row of the table and one arc or marker in the wheel."""

    title: str
    category: str  # a Category id
    responsible: str  # a role, never a person
    status: str  # planlagt | pågår | ferdig
    timing: Timing
    source: str  # repository-relative file the activity came from
    line: int  # 1-based line in `source`, 0 when derived
    note: str = ""
    year_one: bool = False
    derived: bool = False  # from the routine or the edition, not typed into the wheel file
    committee: str | None = None


class Wheel(NamedTuple):
    year: int
    year_one: bool
    categories: tuple[Category, ...]
    activities: tuple[Activity, ...]  # in table order; row number = index + 1

    def numbered(self) -> list[tuple[int, Activity]]:
        return list(enumerate(self.activities, start=1))

    def ring(self, category_id: str) -> int:
        return next(i for i, c in enumerate(self.categories) if c.id == category_id)


class Plan(NamedTuple):
    """The wheel file as records: what recurs every year, and the year its statuses apply to."""

    status_year: int
    meeting_category: str | None
    categories: tuple[Category, ...]
    activities: tuple[Activity, ...]


def order_key(activity: Activity) -> tuple[int, int, int, str]:
    """Table order: by when the activity starts, then its deadline."""
    first_point = activity.timing.days[0] if activity.timing.days else (activity.timing.first_month, 0)
    return (first_point[0], first_point[1], activity.timing.last_month, activity.title)
