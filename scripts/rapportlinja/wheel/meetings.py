"""The reporting meetings as wheel activities: taken from meetings/rutine.yaml, never typed twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rapportlinja.meetings import schedule
from rapportlinja.meetings.routine import ROUTINE_FILE, Line
from rapportlinja.wheel.model import Activity, Timing

SOURCE = f"meetings/{ROUTINE_FILE}"
TITLE = "Rapporteringsmøte: {reporter} og {recipient} ({frequency})"  # labels: wheel_meeting


def series_status(year: int, today: dt.date | None) -> str:
    """A series is under way during its year: the minutes themselves are checked elsewhere."""
    if today is None or today.year < year:
        return "planlagt"
    return "ferdig" if today.year > year else "pågår"


def activities(
    lines: Iterable[Line], year: int, category: str, today: dt.date | None, title: str = TITLE
) -> list[Activity]:
    found = []
    for line in lines:
        dates = schedule.meetings_between(line, dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
        if not dates:
            continue
        found.append(
            Activity(
                title=title.format(reporter=line.reporter, recipient=line.recipient, frequency=line.frequency),
                category=category,
                responsible=line.convener or line.recipient,
                status=series_status(year, today),
                timing=Timing(dates[0].month, dates[-1].month, tuple((d.month, d.day) for d in dates)),
                source=SOURCE,
                line=0,
                derived=True,
            )
        )
    return found
