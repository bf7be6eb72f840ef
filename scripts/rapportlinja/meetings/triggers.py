"""What puts a topic on the agenda, and why: each trigger is a small function in a registry.

A trigger reads the line's history and returns cues: a topic reference (resolved against
the line's topics; None or unknown means the line's default topic) and the reason. A new
source of reasons (key figures, the deviation system) is one more function here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple, Protocol

from rapportlinja.keyfigures import meeting
from rapportlinja.keyfigures.model import Figures
from rapportlinja.meetings import actions
from rapportlinja.meetings.marking import INTERNAL_ONLY, Classification
from rapportlinja.meetings.minutes import Minutes
from rapportlinja.meetings.registers import NO_REGISTERS, Registers, describe, topic_for
from rapportlinja.meetings.routine import Line, Routine

OVERDUE, OPEN, RAISED, FOLLOW_UP, KEY_FIGURES = "forfalt", "åpent", "meldt_opp", "følges_opp", "nøkkeltall"
REGISTER = "register"
CARRY_TEXT = (OVERDUE, OPEN, RAISED)  # reasons that copy text from minutes onto the agenda


class Reason(NamedTuple):
    kind: str
    text: str
    date: dt.date  # the meeting whose minutes gave the reason
    line: str  # that meeting's line
    classification: Classification  # the marking of the minutes the reason comes from
    role: str = ""
    due: dt.date | None = None
    cases: tuple[str, ...] = ()


class Cue(NamedTuple):
    topic: str | None
    reason: Reason


class Context(NamedTuple):
    routine: Routine
    line: Line
    date: dt.date  # the meeting the agenda is for
    history: Mapping[str, tuple[Minutes, ...]]  # minutes by line, oldest first
    since: dt.date | None  # this line's previous meeting (minutes, else the schedule)
    figures: Figures | None = None  # the repository's key figures, if any
    registers: Registers = NO_REGISTERS  # tilsyn, internrevisjon, ROS-analyser, erstatningssaker

    @property
    def earlier(self) -> tuple[Minutes, ...]:
        return tuple(m for m in self.history.get(self.line.id, ()) if m.date < self.date)


class Trigger(Protocol):
    def __call__(self, context: Context) -> list[Cue]: ...


def open_actions(context: Context) -> list[Cue]:
    """Actions still open in earlier minutes of this line; overdue when the due date has passed."""
    cues = []
    for minutes in context.earlier:
        for action in actions.current(minutes, context.earlier, context.date):
            if action.open:
                kind = OVERDUE if action.due < context.date else OPEN
                cues.append(
                    Cue(
                        action.topic,
                        Reason(
                            kind,
                            action.what,
                            minutes.date,
                            minutes.line,
                            minutes.classification,
                            action.responsible,
                            action.due,
                        ),
                    )
                )
    return sorted(cues, key=lambda cue: (cue.reason.kind != OVERDUE, cue.reason.due, cue.reason.date))


def raised_from_below(context: Context) -> list[Cue]:
    """Items the lines below raised after this line's previous meeting, up to this one."""
    cues = []
    for below in context.routine.below(context.line.id):
        for minutes in context.history.get(below.id, ()):
            if (context.since is None or minutes.date > context.since) and minutes.date <= context.date:
                cues += [
                    Cue(
                        item.topic,
                        Reason(RAISED, item.text, minutes.date, minutes.line, minutes.classification, cases=item.cases),
                    )
                    for item in minutes.raised
                ]
    return cues


def follow_ups(context: Context) -> list[Cue]:
    """Topics the previous minutes of this line marked for follow-up."""
    if not context.earlier:
        return []
    previous = context.earlier[-1]
    return [
        Cue(note.topic, Reason(FOLLOW_UP, "", previous.date, previous.line, previous.classification))
        for note in previous.topics
        if note.follow_up
    ]


def key_figures(context: Context) -> list[Cue]:
    """«Nøkkeltall – avvik fra normalen»: figures known by the meeting date that depart from their usual level.

    The rule per indicator is in report/data/indikatorer.yaml (see figures/deviation.py).
    """
    return [
        Cue(meeting.TOPIC, Reason(KEY_FIGURES, text, context.date, context.line.id, INTERNAL_ONLY))
        for text in meeting.deviation_texts(context.figures, context.date, context.routine.language)
    ]


def open_registers(context: Context) -> list[Cue]:
    """A tilsyn, internal audit, risk analysis or compensation claim open on the meeting day puts its topic on
    every line whose routine names that topic («Tilsyn», «Gjennomføring av tilsyn»), until it is closed."""
    cues = []
    for entry in context.registers.open_on(context.date):
        topic = topic_for(entry.kind, context.line.optional_topics + context.line.fixed_topics)
        if topic is None:
            continue
        cues.append(
            Cue(
                topic,
                Reason(
                    REGISTER,
                    describe(entry, context.date, context.routine.language),
                    entry.opened,
                    context.line.id,
                    INTERNAL_ONLY,
                    entry.responsible,
                    entry.next_due(context.date),
                    entry.cases,
                ),
            )
        )
    return cues


TRIGGERS: tuple[Trigger, ...] = (open_actions, raised_from_below, follow_ups, key_figures, open_registers)
