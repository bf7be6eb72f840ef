"""`rapport agenda LINJE [--dato D]`: the agenda for a line's next meeting, as .md and .pdf in build/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapportlinja import layout as layout_module
from rapportlinja.errors import UserError
from rapportlinja.meetings import agenda, load, output, schedule, workdays
from rapportlinja.meetings.routine import Line
from rapportlinja.render.labels import long_date


def meeting_date(line: Line, date: dt.date | None, today: dt.date | None) -> dt.date:
    """The date given, or the line's next meeting on or after today; never a public holiday."""
    if date is not None:
        holiday = workdays.holiday_name(date)
        if holiday is not None:
            planned = schedule.next_meeting(line, date)
            raise UserError(
                f"{long_date(date)} er en offentlig helligdag ({holiday.lower()}); det holdes ikke møte da.",
                f"Neste møte etter rutinen er {long_date(planned)}. Velg den eller en annen virkedag med --dato.",
            )
        return date
    return schedule.next_meeting(line, today or dt.date.today())


def run(line_id: str, date: dt.date | None = None, today: dt.date | None = None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    line = load.line_of(load.load_routine(layout), line_id)
    meetings = load.load(layout, (line.id,))
    built = agenda.build(
        meetings.routine, line, meeting_date(line, date, today), meetings.history, figures=meetings.figures
    )
    written = output.write(layout, built, meetings.routine)
    print(layout.rel(written.markdown))
    print(layout.rel(written.pdf))
    return 0
