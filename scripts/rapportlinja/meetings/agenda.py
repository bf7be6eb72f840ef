"""The agenda for one meeting: a pure function of the routine, the date and the minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from rapportlinja.keyfigures.model import Figures
from rapportlinja.meetings import schedule
from rapportlinja.meetings.marking import Classification, carried, combined
from rapportlinja.meetings.minutes import Minutes
from rapportlinja.meetings.registers import NO_REGISTERS, Registers
from rapportlinja.meetings.routine import Form, Line, Routine, resolve_topic
from rapportlinja.meetings.triggers import CARRY_TEXT, TRIGGERS, Context, Reason, Trigger


class Item(NamedTuple):
    topic: str
    reasons: tuple[Reason, ...]


class Agenda(NamedTuple):
    line: Line
    date: dt.date
    language: str
    approve: dt.date | None  # previous minutes that still need approval
    fixed: tuple[Item, ...]  # every topic on every meeting, with any reasons
    triggered: tuple[Item, ...]  # when-relevant topics that something triggered
    optional_topics: tuple[str, ...]  # the full when-relevant list, so nothing is forgotten
    classification: Classification
    form: Form


def build(
    routine: Routine,
    line: Line,
    date: dt.date,
    history: Mapping[str, tuple[Minutes, ...]],
    triggers: Sequence[Trigger] = TRIGGERS,
    figures: Figures | None = None,
    registers: Registers = NO_REGISTERS,
) -> Agenda:
    earlier = [m for m in history.get(line.id, ()) if m.date < date]
    previous = earlier[-1] if earlier else None
    since = previous.date if previous else schedule.previous_meeting(line, date)
    context = Context(routine, line, date, history, since, figures, registers)
    by_topic: dict[str, list[Reason]] = {topic: [] for topic in line.topics}
    for trigger in triggers:
        for cue in trigger(context):
            by_topic[resolve_topic(line, cue.topic) or line.default_topic].append(cue.reason)
    # Marked by what it carries, item by item; never by inheriting its sources' marking.
    carries = [
        carried(topic, reason.cases, reason.classification if reason.kind in CARRY_TEXT else None)
        for topic, reasons in by_topic.items()
        for reason in reasons
    ]
    return Agenda(
        line=line,
        date=date,
        language=routine.language,
        approve=previous.date if previous is not None and previous.approved is None else None,
        fixed=tuple(Item(topic, tuple(by_topic[topic])) for topic in line.fixed_topics),
        triggered=tuple(Item(topic, tuple(by_topic[topic])) for topic in line.optional_topics if by_topic[topic]),
        optional_topics=line.optional_topics,
        classification=combined(carries),
        form=routine.form,
    )
