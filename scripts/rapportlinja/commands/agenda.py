"""`rapport agenda LINJE [--dato D]`: the agenda for a line's next meeting, as .md and .pdf in build/.

`rapport agenda --alle`: draft agendas for every meeting of the coming period in build/agendaer/ (CI artifacts).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapportlinja.base import clock
from rapportlinja.base import layout as layout_module
from rapportlinja.meetings import agenda
from rapportlinja.pipeline import inputs
from rapportlinja.release import agendas
from rapportlinja.render import agenda_files


def run(line_id: str, date: dt.date | None = None, today: dt.date | None = None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    line = inputs.line_of(inputs.load_routine(layout), line_id)
    meetings = inputs.load(layout, (line.id,))
    built = agenda.build(
        meetings.routine,
        line,
        inputs.meeting_date(line, date, today),
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
