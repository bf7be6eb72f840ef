"""`rapport agenda LINJE [--dato D]`: the agenda for a line's next meeting, as .md and .pdf in build/.

`rapport agenda --alle`: draft agendas for every meeting of the coming period in build/agendaer/ (CI artifacts).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapportlinja.base import clock
from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.base.labels import long_date
from rapportlinja.commands import inputs
from rapportlinja.meetings import agenda, schedule, workdays
from rapportlinja.meetings.routine import Line
from rapportlinja.release import agendas
from rapportlinja.render import agenda_files


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
    return schedule.next_meeting(line, today or clock.today())


def run(line_id: str, date: dt.date | None = None, today: dt.date | None = None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    line = inputs.line_of(inputs.load_routine(layout), line_id)
    meetings = inputs.load(layout, (line.id,))
    built = agenda.build(
        meetings.routine,
        line,
        meeting_date(line, date, today),
        meetings.history,
        figures=meetings.figures,
        registers=meetings.registers,
    )
    written = agenda_files.write(layout, built, meetings.routine)
    print(layout.rel(written.markdown))
    print(layout.rel(written.pdf))
    return 0


def run_upcoming(today: dt.date | None = None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    out = layout.build / "agendaer"
    written = agendas.write(layout, inputs.load(layout), today or clock.today(), out)
    print(f"{len(written)} agendaer i {layout.rel(out)}/")
    return 0
