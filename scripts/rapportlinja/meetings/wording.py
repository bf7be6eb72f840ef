"""An agenda in labels: the Norwegian (bokmål or nynorsk) text both templates print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from rapportlinja.base.labels import Labels, labels_for, long_date
from rapportlinja.meetings import marking as marking_text
from rapportlinja.meetings import schedule, workdays
from rapportlinja.meetings.agenda import Agenda, Item
from rapportlinja.meetings.routine import Line, Routine
from rapportlinja.meetings.triggers import FOLLOW_UP, KEY_FIGURES, OPEN, OVERDUE, RAISED, REGISTER, Reason


class Entry(NamedTuple):
    number: int
    topic: str
    reasons: tuple[str, ...]


class RoutineText(NamedTuple):
    """The routine's own words, on the first page: its purpose, who it applies to, who carries it out, the
    written reporting, its links."""

    purpose: str
    applies_to: str
    responsible: str
    written: tuple[tuple[str, str], ...]  # (text, link or "")
    links: tuple[tuple[str, str], ...]  # (name, url)


class View(NamedTuple):
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]  # (label, value) under the title
    meeting_link: str  # "" when the line has none
    routine: RoutineText
    marking: str
    approve: Entry | None
    fixed: tuple[Entry, ...]
    triggered: tuple[Entry, ...]
    optional: tuple[str, ...]
    other_business: Entry  # «Eventuelt», always the last numbered item
    form_text: str
    form_link: str
    form_url: str
    labels: Labels


def time_text(line: Line, date: dt.date, labels: Labels) -> str:
    start = dt.datetime.combine(date, line.start)
    end = start + dt.timedelta(minutes=line.minutes_long)
    weekday = labels.weekdays.split(",")[date.weekday()]
    span = labels.time_span.format(start=start.strftime("%H.%M"), end=end.strftime("%H.%M"))
    moved = _moved_from(line, date, labels)
    return f"{weekday} {long_date(date)}, {span}" + (f" ({moved})" if moved else "")


def _moved_from(line: Line, date: dt.date, labels: Labels) -> str:
    """«flyttet fra skjærtorsdag 17. april 2025» when the routine moved this meeting off a holiday."""
    nominal = schedule.nominal_in(line, date.year, date.month)
    if nominal == date or schedule.meeting_in(line, date.year, date.month) != date:
        return ""
    holiday = workdays.holiday_name(nominal)
    return labels.moved_from.format(holiday=(holiday or "").lower(), date=long_date(nominal)) if holiday else ""


def archive_fact(
    classification: marking_text.Classification, labels: Labels, codes: Mapping[str, str] | None = None
) -> tuple[str, str] | None:
    """The Noark pair the archive files the document with, and the merinnsyn line where withholding is a
    may-rule; None for a public document. The organ-internal marking already says merinnsyn in its text."""
    pair = marking_text.noark_pair(classification, codes)
    if pair is None:
        return None
    text = labels.noark_pair.format(code=pair[0], basis=pair[1])
    if classification.withheld and marking_text.merinnsyn_weighed(classification):
        text += "; " + labels.merinnsyn
    return labels.noark, text


def routine_text(routine: Routine, roles: tuple[str, ...] = ()) -> RoutineText:
    """The routine's first-page text; the restricted form is left out where not everyone has access to it."""
    closed = not routine.form.open_to(roles)
    return RoutineText(
        purpose=routine.purpose,
        applies_to=", ".join(routine.applies_to),
        responsible=", ".join(routine.responsible),
        written=tuple((w.text, w.link or "") for w in routine.written if not (closed and w.link == routine.form.url)),
        links=tuple((link.name, link.url) for link in routine.links),
    )


def reason_text(reason: Reason, routine: Routine, labels: Labels) -> str:
    date, due = long_date(reason.date), long_date(reason.due) if reason.due else ""
    text = reason.text.strip()
    if reason.kind in (OVERDUE, OPEN):
        sentence = labels.reason_overdue if reason.kind == OVERDUE else labels.reason_open
        return sentence.format(due=due, date=date, text=_sentence(text), role=reason.role)
    if reason.kind == RAISED:
        source = routine.line(reason.line)
        reporter, recipient = source.roles if source else (reason.line, "")
        said = labels.reason_raised.format(reporter=reporter, recipient=recipient, date=date, text=_sentence(text))
        cases = " " + labels.reason_cases.format(cases=", ".join(reason.cases)) if reason.cases else ""
        return said + cases
    if reason.kind == FOLLOW_UP:
        return labels.reason_follow_up.format(date=date)
    if reason.kind == REGISTER:
        said = labels.reason_register.format(date=date, text=text, role=reason.role)
        said += labels.reason_register_due.format(due=due) if due else ""
        return said + (" " + labels.reason_cases.format(cases=", ".join(reason.cases)) if reason.cases else "")
    assert reason.kind == KEY_FIGURES, reason.kind
    return labels.reason_key_figures.format(text=text)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def view(agenda: Agenda, routine: Routine, codes: Mapping[str, str] | None = None) -> View:
    labels = labels_for(agenda.language)
    line = agenda.line
    facts = [(labels.meeting_time, time_text(line, agenda.date, labels))]
    if line.place:
        facts.append((labels.place, line.place))
    if line.convener:
        facts.append((labels.convener, line.convener))
    facts += [
        (labels.participants, ", ".join(line.roles)),
        (labels.classification, marking_text.marking(agenda.classification, agenda.language)),
    ]
    archived = archive_fact(agenda.classification, labels, codes)
    if archived:
        facts.append(archived)
    if line.note:
        facts.append((labels.note, line.note))
    number = 1
    approve = None
    if agenda.approve is not None:
        approve = Entry(1, labels.approve_minutes.format(date=long_date(agenda.approve)), ())
        number = 2

    def entries(items: tuple[Item, ...], first: int) -> tuple[Entry, ...]:
        return tuple(
            Entry(first + i, item.topic, tuple(reason_text(r, routine, labels) for r in item.reasons))
            for i, item in enumerate(items)
        )

    fixed = entries(agenda.fixed, number)
    triggered = entries(agenda.triggered, number + len(fixed))
    return View(
        title=f"{labels.agenda} {long_date(agenda.date)}",
        subtitle=labels.agenda_subtitle.format(reporter=line.reporter, recipient=line.recipient),
        facts=tuple(facts),
        meeting_link=line.meeting_link or "",
        routine=routine_text(routine, line.roles),
        marking=marking_text.marking(agenda.classification, agenda.language),
        approve=approve,
        fixed=fixed,
        triggered=triggered,
        optional=agenda.optional_topics,
        other_business=Entry(number + len(fixed) + len(triggered), labels.any_other_business, ()),
        # The routine gives access to the form to named roles only (not the kommunedirektør): no link for others.
        form_text=labels.case_form.format(name=agenda.form.name) if agenda.form.open_to(line.roles) else "",
        form_link=labels.case_form_link,
        form_url=agenda.form.url if agenda.form.open_to(line.roles) else "",
        labels=labels,
    )
