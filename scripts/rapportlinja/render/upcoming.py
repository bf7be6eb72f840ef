"""Agendas for every meeting in a period: what the release job publishes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapportlinja.base.layout import Layout
from rapportlinja.meetings import agenda, schedule
from rapportlinja.meetings.state import Meetings
from rapportlinja.render import agenda_files


def write_upcoming_agendas(layout: Layout, meetings: Meetings, from_date: dt.date, days: int = 62) -> list[Path]:
    """Write the agendas (.md and .pdf) of every meeting of every line in [from_date, from_date + days).

    Returns the PDF paths, by date and then in the routine's line order.
    """
    until = from_date + dt.timedelta(days=days)
    planned = sorted(
        (day, index, line)
        for index, line in enumerate(meetings.routine.lines)
        for day in schedule.meetings_between(line, from_date, until)
    )
    written = []
    for day, _, line in planned:
        built = agenda.build(
            meetings.routine, line, day, meetings.history, figures=meetings.figures, registers=meetings.registers
        )
        written.append(agenda_files.write(layout, built, meetings.routine).pdf)
    return written
