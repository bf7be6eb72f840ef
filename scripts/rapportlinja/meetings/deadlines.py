"""A meeting's own deadlines, from the routine's rules per line: when input is due and when the agenda goes out.

Municipal meeting systems set a writing deadline before each meeting and send the papers a fixed number
of days ahead; the routine says how many (`innspill_dager_før`, `dagsorden_dager_før`). A deadline that
falls on a weekend or a public holiday is the working day before it: papers are not sent on 17. mai.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from rapportlinja.meetings import workdays
from rapportlinja.meetings.routine import Line


class Deadlines(NamedTuple):
    meeting: dt.date
    input_due: dt.date  # input to the agenda is in by this day
    agenda_due: dt.date  # the agenda is sent out by this day


def _working_day_on_or_before(day: dt.date) -> dt.date:
    found = workdays.moved(day, workdays.PREVIOUS)
    assert found is not None  # PREVIOUS never cancels
    return found


def for_meeting(line: Line, meeting: dt.date) -> Deadlines:
    return Deadlines(
        meeting=meeting,
        input_due=_working_day_on_or_before(meeting - dt.timedelta(days=line.input_days_before)),
        agenda_due=_working_day_on_or_before(meeting - dt.timedelta(days=line.agenda_days_before)),
    )
