"""An agenda in labels: the Norwegian (bokmål or nynorsk) text both templates print."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from rapportlinja.base.labels import labels_for, long_date
from rapportlinja.meetings.agenda import Agenda, Item
from rapportlinja.meetings.minutes import Classification
from rapportlinja.meetings.routine import Line, Routine
from rapportlinja.meetings.triggers import FOLLOW_UP, KEY_FIGURES, OPEN, OVERDUE, RAISED, Reason


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
    labels: dict[str, str]


def marking(classification: Classification, labels: dict[str, str]) -> str:
    if classification.withheld:
        return labels["marking_withheld"].format(basis=classification.basis)
    return labels["marking_internal"]


def time_text(line: Line, date: dt.date, labels: dict[str, str]) -> str:
    start = dt.datetime.combine(date, line.start)
    end = start + dt.timedelta(minutes=line.minutes_long)
    weekday = labels["weekdays"].split(",")[date.weekday()]
    span = labels["time_span"].format(start=start.strftime("%H.%M"), end=end.strftime("%H.%M"))
    return f"{weekday} {long_date(date)}, {span}"


def reason_text(reason: Reason, routine: Routine, labels: dict[str, str]) -> str:
    date, due = long_date(reason.date), long_date(reason.due) if reason.due else ""
    text = reason.text.strip()
    if reason.kind in (OVERDUE, OPEN):
        key = "reason_overdue" if reason.kind == OVERDUE else "reason_open"
        return labels[key].format(due=due, date=date, text=_sentence(text), role=reason.role)
    if reason.kind == RAISED:
        source = routine.line(reason.line)
        reporter, recipient = source.roles if source else (reason.line, "")
        said = labels["reason_raised"].format(reporter=reporter, recipient=recipient, date=date, text=_sentence(text))
        cases = " " + labels["reason_cases"].format(cases=", ".join(reason.cases)) if reason.cases else ""
        return said + cases
    if reason.kind == FOLLOW_UP:
        return labels["reason_follow_up"].format(date=date)
    assert reason.kind == KEY_FIGURES, reason.kind
    return labels["reason_key_figures"].format(text=text)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def view(agenda: Agenda, routine: Routine) -> View:
    labels = labels_for(agenda.language)
    line = agenda.line
    facts = [(labels["meeting_time"], time_text(line, agenda.date, labels))]
    if line.convener:
        facts.append((labels["convener"], line.convener))
    facts += [
        (labels["participants"], ", ".join(line.roles)),
        (labels["classification"], marking(agenda.classification, labels)),
    ]
    if line.note:
        facts.append((labels["note"], line.note))
    number = 1
    approve = None
    if agenda.approve is not None:
        approve = Entry(1, labels["approve_minutes"].format(date=long_date(agenda.approve)), ())
        number = 2

    def entries(items: tuple[Item, ...], first: int) -> tuple[Entry, ...]:
        return tuple(
            Entry(first + i, item.topic, tuple(reason_text(r, routine, labels) for r in item.reasons))
            for i, item in enumerate(items)
        )

    fixed = entries(agenda.fixed, number)
    return View(
        title=f"{labels['agenda']} {long_date(agenda.date)}",
        subtitle=labels["agenda_subtitle"].format(reporter=line.reporter, recipient=line.recipient),
        facts=tuple(facts),
        marking=marking(agenda.classification, labels),
        approve=approve,
        fixed=fixed,
        triggered=entries(agenda.triggered, number + len(fixed)),
        optional=agenda.optional_topics,
        form_text=labels["case_form"].format(name=agenda.form.name),
        form_link=labels["case_form_link"],
        form_url=agenda.form.url,
        labels=labels,
    )
