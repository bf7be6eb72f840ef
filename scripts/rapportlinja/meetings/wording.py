"""An agenda in words: the Norwegian (bokmål or nynorsk) text both templates print."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from rapportlinja.meetings import marking as marking_text
from rapportlinja.meetings.agenda import Agenda, Item
from rapportlinja.meetings.routine import Line, Routine
from rapportlinja.meetings.triggers import FOLLOW_UP, KEY_FIGURES, OPEN, OVERDUE, RAISED, Reason
from rapportlinja.render.labels import labels, long_date


class Entry(NamedTuple):
    number: int
    topic: str
    reasons: tuple[str, ...]


class View(NamedTuple):
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]  # (label, value) under the title
    marking: str
    approve: Entry | None
    fixed: tuple[Entry, ...]
    triggered: tuple[Entry, ...]
    optional: tuple[str, ...]
    form_text: str
    form_link: str
    form_url: str
    words: dict[str, str]


def time_text(line: Line, date: dt.date, words: dict[str, str]) -> str:
    start = dt.datetime.combine(date, line.start)
    end = start + dt.timedelta(minutes=line.minutes_long)
    weekday = words["weekdays"].split(",")[date.weekday()]
    span = words["time_span"].format(start=start.strftime("%H.%M"), end=end.strftime("%H.%M"))
    return f"{weekday} {long_date(date)}, {span}"


def reason_text(reason: Reason, routine: Routine, words: dict[str, str]) -> str:
    date, due = long_date(reason.date), long_date(reason.due) if reason.due else ""
    text = reason.text.strip()
    if reason.kind in (OVERDUE, OPEN):
        key = "reason_overdue" if reason.kind == OVERDUE else "reason_open"
        return words[key].format(due=due, date=date, text=_sentence(text), role=reason.role)
    if reason.kind == RAISED:
        source = routine.line(reason.line)
        reporter, recipient = source.roles if source else (reason.line, "")
        said = words["reason_raised"].format(reporter=reporter, recipient=recipient, date=date, text=_sentence(text))
        cases = " " + words["reason_cases"].format(cases=", ".join(reason.cases)) if reason.cases else ""
        return said + cases
    if reason.kind == FOLLOW_UP:
        return words["reason_follow_up"].format(date=date)
    assert reason.kind == KEY_FIGURES, reason.kind
    return words["reason_key_figures"].format(text=text)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def view(agenda: Agenda, routine: Routine) -> View:
    words = labels(agenda.language)
    line = agenda.line
    facts = [(words["meeting_time"], time_text(line, agenda.date, words))]
    if line.convener:
        facts.append((words["convener"], line.convener))
    facts += [
        (words["participants"], ", ".join(line.roles)),
        (words["classification"], marking_text.marking(agenda.classification, agenda.language)),
    ]
    if line.note:
        facts.append((words["note"], line.note))
    number = 1
    approve = None
    if agenda.approve is not None:
        approve = Entry(1, words["approve_minutes"].format(date=long_date(agenda.approve)), ())
        number = 2

    def entries(items: tuple[Item, ...], first: int) -> tuple[Entry, ...]:
        return tuple(
            Entry(first + i, item.topic, tuple(reason_text(r, routine, words) for r in item.reasons))
            for i, item in enumerate(items)
        )

    fixed = entries(agenda.fixed, number)
    return View(
        title=f"{words['agenda']} {long_date(agenda.date)}",
        subtitle=words["agenda_subtitle"].format(reporter=line.reporter, recipient=line.recipient),
        facts=tuple(facts),
        marking=marking_text.marking(agenda.classification, agenda.language),
        approve=approve,
        fixed=fixed,
        triggered=entries(agenda.triggered, number + len(fixed)),
        optional=agenda.optional_topics,
        form_text=words["case_form"].format(name=agenda.form.name),
        form_link=words["case_form_link"],
        form_url=agenda.form.url,
        words=words,
    )
