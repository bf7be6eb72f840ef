"""The status board as records: a pure function of what the repository holds and the day it is read.

Chapters, the annual wheel's deadlines, each meeting line's next meeting with its own deadlines, minutes
waiting for approval, open and overdue actions, and the open registers. Roles and case IDs only: every
value comes from files the privacy check has already passed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from rapportlinja.meetings import actions, deadlines, schedule
from rapportlinja.meetings.minutes import Minutes
from rapportlinja.meetings.registers import Registers
from rapportlinja.meetings.routine import Routine
from rapportlinja.report.model import Chapter
from rapportlinja.wheel.model import Wheel

WHEEL_AHEAD_DAYS = 42  # six weeks, as the agendas show


class ChapterState(NamedTuple):
    file: str
    title: str
    status: str  # utkast | til gjennomgang | godkjent
    responsible: str
    approvers: tuple[str, ...]  # the roles that must approve (godkjennes_av)


class Deadline(NamedTuple):
    due: dt.date
    what: str
    responsible: str
    late: bool


class ActionState(NamedTuple):
    minutes: dt.date
    what: str
    responsible: str
    due: dt.date
    late: bool


class LineState(NamedTuple):
    id: str
    reporter: str
    recipient: str
    next_meeting: dt.date
    input_due: dt.date
    agenda_due: dt.date
    agenda_late: bool  # the agenda's day has come and there is no draft minutes file for the meeting yet
    awaiting_approval: tuple[dt.date, ...]  # minutes held but not approved
    actions: tuple[ActionState, ...]  # open actions, overdue first


class RegisterState(NamedTuple):
    kind: str  # the register's key: tilsyn, internrevisjon, ros_analyse, erstatningssak
    id: str
    title: str
    responsible: str
    cases: tuple[str, ...]
    opened: dt.date
    open_points: int
    overdue_points: int
    next_due: dt.date | None


class Board(NamedTuple):
    today: dt.date
    language: str
    chapters: tuple[ChapterState, ...]
    wheel: tuple[Deadline, ...]  # late ones first, then the next six weeks
    lines: tuple[LineState, ...]
    registers: tuple[RegisterState, ...]
    approvals_read: bool = False  # approvals come from GitHub's API; a local run does not read them

    @property
    def late(self) -> int:
        """How many things are late: wheel deadlines, agendas, overdue actions and register findings."""
        return (
            sum(d.late for d in self.wheel)
            + sum(line.agenda_late for line in self.lines)
            + sum(a.late for line in self.lines for a in line.actions)
            + sum(r.overdue_points for r in self.registers)
        )


def chapter_states(chapters: Sequence[Chapter]) -> tuple[ChapterState, ...]:
    return tuple(ChapterState(c.file, c.title, c.status, c.responsible, c.reviewers) for c in chapters)


def wheel_deadlines(wheel: Wheel | None, today: dt.date) -> tuple[Deadline, ...]:
    if wheel is None:
        return ()
    horizon = today + dt.timedelta(days=WHEEL_AHEAD_DAYS)
    found = []
    for activity in wheel.activities:
        if activity.status == "ferdig" or activity.derived:
            continue  # meetings derived from the routine are shown per line, with their own deadlines
        due = activity.timing.deadline(wheel.year)
        if due < today or due <= horizon:
            found.append(Deadline(due, activity.title, activity.responsible, due < today))
    return tuple(sorted(found, key=lambda d: (not d.late, d.due, d.what)))


def line_states(routine: Routine, history: Mapping[str, tuple[Minutes, ...]], today: dt.date) -> tuple[LineState, ...]:
    states = []
    for line in routine.lines:
        held = history.get(line.id, ())
        meeting = schedule.next_meeting(line, today)
        due = deadlines.for_meeting(line, meeting)
        prepared = any(m.date == meeting for m in held)
        open_actions = []
        for minutes in held:
            if minutes.date > today:
                continue
            later = [m for m in held if m.date <= today]
            for action in actions.current(minutes, later, today + dt.timedelta(days=1)):
                if action.open:
                    open_actions.append(
                        ActionState(minutes.date, action.what, action.responsible, action.due, action.due < today)
                    )
        states.append(
            LineState(
                id=line.id,
                reporter=line.reporter,
                recipient=line.recipient,
                next_meeting=meeting,
                input_due=due.input_due,
                agenda_due=due.agenda_due,
                agenda_late=today > due.agenda_due and not prepared,
                awaiting_approval=tuple(m.date for m in held if m.approved is None and m.date <= today),
                actions=tuple(sorted(open_actions, key=lambda a: (not a.late, a.due, a.minutes))),
            )
        )
    return tuple(states)


def register_states(registers: Registers, today: dt.date) -> tuple[RegisterState, ...]:
    return tuple(
        RegisterState(
            kind=entry.kind.key,
            id=entry.id,
            title=entry.title,
            responsible=entry.responsible,
            cases=entry.cases,
            opened=entry.opened,
            open_points=len(entry.open_points(today)),
            overdue_points=len(entry.overdue_points(today)),
            next_due=entry.next_due(today),
        )
        for entry in registers.open_on(today)
    )


def build(
    today: dt.date,
    language: str,
    chapters: Sequence[Chapter],
    wheel: Wheel | None,
    routine: Routine | None,
    history: Mapping[str, tuple[Minutes, ...]],
    registers: Registers,
) -> Board:
    return Board(
        today=today,
        language=language,
        chapters=chapter_states(chapters),
        wheel=wheel_deadlines(wheel, today),
        lines=line_states(routine, history, today) if routine is not None else (),
        registers=register_states(registers, today),
    )
