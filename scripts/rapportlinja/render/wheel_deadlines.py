"""Deadlines of the annual wheel in the weeks after a date: what an agenda lists under its own heading."""

from __future__ import annotations

import datetime as dt

from rapportlinja.base.labels import labels_for, long_date
from rapportlinja.base.layout import Layout
from rapportlinja.read import wheel_inputs
from rapportlinja.wheel.model import Activity, Wheel

WINDOW_DAYS = 42  # six weeks


def upcoming(
    wheels: list[Wheel], start: dt.date, days: int = WINDOW_DAYS, live_year: int | None = None
) -> list[tuple[dt.date, Activity]]:
    """Activities not done whose deadline is in [start, start + days], by date; meetings are left out.

    In the wheel of `live_year` (the year whose statuses the wheel file records), activities already past
    their deadline and still not done come first: a meeting is where they are followed up, and leaving them
    out because their date has passed would hide exactly what is late.
    """
    end = start + dt.timedelta(days=days)
    found = [
        (a.timing.deadline(w.year), a, w.year == live_year == start.year)
        for w in wheels
        for a in w.activities
        if not a.derived and a.status != "ferdig"
    ]
    chosen = [(day, a) for day, a, live in found if start <= day <= end or (live and day < start)]
    return sorted(chosen, key=lambda item: (item[0], item[1].title))


def agenda_lines(layout: Layout, date: dt.date, language: str) -> tuple[str, ...]:
    """The agenda's lines, e.g. «30. november 2026: … (ansvarlig: …; status: pågår)»; () without a wheel."""
    inputs = wheel_inputs.read_optional(layout)
    if inputs is None:
        return ()
    years = sorted({date.year, (date + dt.timedelta(days=WINDOW_DAYS)).year})
    wheels = [inputs.wheel(year, None) for year in years]
    labels = labels_for(language)
    return tuple(
        (labels.wheel_overdue_item if day < date else labels.wheel_deadline_item).format(
            date=long_date(day),
            title=activity.title,
            role=activity.responsible,
            status=labels.statuses[activity.status],
        )
        for day, activity in upcoming(wheels, date, live_year=inputs.plan.status_year)
    )
