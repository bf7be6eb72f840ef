"""Approved minutes as an archive record: the words of the PDF that goes to the case and archive system.

Only approved minutes are records; the PDF is PDF/A-2a (Noark 5) and PDF/UA-1, marked on every page
with the minutes' own classification, and dated by the approval so the same file gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from rapportlinja.base.labels import Labels, long_date
from rapportlinja.base.labels import labels_for as labels
from rapportlinja.meetings import marking
from rapportlinja.meetings.minutes import Minutes
from rapportlinja.meetings.routine import Routine
from rapportlinja.meetings.wording import archive_fact
from rapportlinja.render.document import Document


class RecordView(NamedTuple):
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    marking: str
    topics: tuple[str, ...]
    cases: tuple[str, ...]
    actions: tuple[str, ...]
    updates: tuple[str, ...]
    raised: tuple[str, ...]
    notes: tuple[str, ...]  # paragraphs of the minutes' body, as plain text
    words: Labels


def view(minutes: Minutes, routine: Routine, body: str, codes: Mapping[str, str] | None = None) -> RecordView:
    language = routine.language
    words = labels(language)
    line = routine.line(minutes.line)
    reporter, recipient = line.roles if line else (minutes.line, "")
    status = {True: words.record_open, False: words.record_closed}
    approved = long_date(minutes.approved) if minutes.approved else ""
    return RecordView(
        title=f"{words.record_title} {long_date(minutes.date)}",
        subtitle=words.agenda_subtitle.format(reporter=reporter, recipient=recipient),
        facts=(
            (words.participants, ", ".join(minutes.participants)),
            (words.classification, marking.marking(minutes.classification, language)),
            *filter(None, (archive_fact(minutes.classification, words, codes),)),
            *(
                ((words.sent_out, words.sent_out_value.format(date=long_date(minutes.sent_out))),)
                if minutes.sent_out
                else ()
            ),
            (words.record_approved, approved),
        ),
        marking=marking.marking(minutes.classification, language),
        topics=tuple(
            note.topic + (f" ({words.record_follow_up})" if note.follow_up else "") for note in minutes.topics
        ),
        cases=minutes.cases,
        actions=tuple(
            words.record_action.format(what=a.what, role=a.responsible, due=long_date(a.due), status=status[a.open])
            for a in minutes.actions
        ),
        updates=tuple(
            words.record_update.format(
                number=u.action,
                date=long_date(u.minutes),
                status=status[u.open],
                due=words.record_new_due.format(due=long_date(u.due)) if u.due else "",
            )
            for u in minutes.updates
        ),
        raised=tuple(r.text for r in minutes.raised),
        notes=tuple(
            part.strip() for part in body.split("\n\n") if part.strip() and not part.strip().startswith("<!--")
        ),
        words=words,
    )


def document(minutes: Minutes, record: RecordView, language: str) -> Document:
    when = minutes.approved or minutes.date
    return Document(
        title=f"{record.title} – {record.subtitle}",
        author=record.subtitle,
        keywords=(record.words.record_title.lower(), minutes.line, record.marking),
        year=when.year,
        month=when.month,
        day=when.day,
        lang=language,
        heading_numbering="1.",
        marking=record.marking,
        running_title=record.subtitle,
        watermark="",
        bare_pages=0,
    )
