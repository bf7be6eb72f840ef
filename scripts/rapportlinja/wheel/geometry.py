"""Where things go on the wheel: angles for dates, lanes within a ring, SVG path data."""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence

from rapportlinja.wheel.model import Activity, Timing

POINT_HALF_WIDTH = 0.22  # a fixed day occupies ±0.22 month of its lane, so nearby days take another lane


def month_position(year: int, month: int, day: float | None = None) -> float:
    """Months from 1 January: 0.0 … 12.0; a day sits in the middle of its share of the month."""
    if day is None:
        return float(month - 1)
    days = calendar.monthrange(year, month)[1]
    return month - 1 + (min(day, days) - 0.5) / days


def angle(position: float) -> float:
    """Degrees in SVG's coordinates: January starts at the top, months go clockwise."""
    return -90.0 + position * 30.0


def point(cx: float, cy: float, radius: float, degrees: float) -> tuple[float, float]:
    theta = math.radians(degrees)
    return cx + radius * math.cos(theta), cy + radius * math.sin(theta)


def extent(activity: Activity, year: int) -> tuple[float, float]:
    """The stretch of the year an activity occupies in its lane."""
    timing: Timing = activity.timing
    if timing.days:
        first = month_position(year, *timing.days[0]) - POINT_HALF_WIDTH
        last = month_position(year, *timing.days[-1]) + POINT_HALF_WIDTH
        return first, last
    return float(timing.first_month - 1), float(timing.last_month)


def lanes(activities: Sequence[Activity], year: int) -> list[int]:
    """A lane per activity so that none overlaps another in the same ring (first fit)."""
    ends: list[float] = []
    chosen = []
    for activity in activities:
        start, end = extent(activity, year)
        lane = next((i for i, last in enumerate(ends) if last <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        ends[lane] = end
        chosen.append(lane)
    return chosen


def _xy(value: tuple[float, float]) -> str:
    return f"{value[0]:.1f} {value[1]:.1f}"


def sector(cx: float, cy: float, inner: float, outer: float, start: float, end: float) -> str:
    """Path data of an annular sector between two angles (degrees, clockwise)."""
    large = 1 if end - start > 180 else 0
    outer_arc = f"A {outer:.1f} {outer:.1f} 0 {large} 1 {_xy(point(cx, cy, outer, end))}"
    inner_arc = f"A {inner:.1f} {inner:.1f} 0 {large} 0 {_xy(point(cx, cy, inner, start))}"
    return f"M {_xy(point(cx, cy, outer, start))} {outer_arc} L {_xy(point(cx, cy, inner, end))} {inner_arc} Z"
