"""The reminders as GitHub issues: one per deadline within the horizon, each with a stable key.

A pure function of the board and the records it came from, so the plan can be printed and tested
without GitHub. Each reminder names the responsible role and mentions the team that role has under
`team:` in report/rapport.yaml (as CODEOWNERS does), so GitHub's notifications reach people. The key
is what makes a re-run safe: it stays the same while the deadline is the same thing (the meeting,
the action's place in its minutes, the finding's place in its entry), and an issue whose key is no
longer planned is closed, because the data says it is done.

Only what the repository's readers already see is written: roles, dates, case IDs, titles from the
data files, and an action's text from minutes that are in the repository.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from rapportlinja.base.escape import markdown
from rapportlinja.base.labels import long_date
from rapportlinja.meetings import actions, registers
from rapportlinja.meetings.minutes import Minutes
from rapportlinja.meetings.registers import Registers
from rapportlinja.status import wording
from rapportlinja.status.board import Board

HORIZON_DAYS = 14  # two weeks: the agenda's own notice (7–10 days) plus time to act on the reminder
LABEL = "rapportlinja"  # on every issue the workflow keeps; with the hidden key it finds its own
STATUS_KEY = "status"
_SLUG = re.compile(r"[^a-z0-9æøå]+")


class Reminder(NamedTuple):
    key: str  # stable: «dagsorden:<line>:<meeting>», «tiltak:<line>:<minutes>:<n>», …
    title: str
    body: str  # Markdown without the hidden key
    roles: tuple[str, ...]
    due: dt.date | None  # None for a chapter waiting for review (no date in the data)


def marker(key: str) -> str:
    """The hidden line that ties an issue to its key; GitHub does not show HTML comments."""
    return f"<!-- rapportlinja:{key if key == STATUS_KEY else 'frist:' + key} -->"


def slug(text: str) -> str:
    return _SLUG.sub("-", text.casefold()).strip("-")[:60]


def mentions(roles: Sequence[str], teams: Mapping[str, str], language: str) -> str:
    """«@org/team» for each role that has one; the roles without a team are named, so someone adds it."""
    w = wording.reminder_words(language)
    found = list(dict.fromkeys(teams[role] for role in roles if role in teams))
    missing = [role for role in dict.fromkeys(roles) if role not in teams]
    parts = []
    if found:
        parts.append(w["notify"].format(teams=" ".join(found)))
    if missing:
        parts.append(w["no_team"].format(roles=", ".join(f"«{markdown(role)}»" for role in missing)))
    return "\n\n".join(parts)


def _within(due: dt.date, today: dt.date, horizon: int) -> bool:
    return due <= today + dt.timedelta(days=horizon)


def _action_reminders(
    board: Board, history: Mapping[str, tuple[Minutes, ...]], today: dt.date, horizon: int
) -> list[tuple[str, str, str, str, dt.date, bool]]:
    """(key, line, responsible, text, due, late) for open actions due within the horizon or overdue."""
    found = []
    for line in board.lines:
        held = [m for m in history.get(line.id, ()) if m.date <= today]
        for minutes in held:
            for number, action in enumerate(actions.current(minutes, held, today + dt.timedelta(days=1)), start=1):
                if action.open and _within(action.due, today, horizon):
                    key = f"tiltak:{line.id}:{minutes.date.isoformat()}:{number}"
                    found.append((key, line.id, action.responsible, action.what, action.due, action.due < today))
    return found


def plan(
    board: Board,
    history: Mapping[str, tuple[Minutes, ...]],
    register_data: Registers,
    teams: Mapping[str, str],
    horizon: int = HORIZON_DAYS,
) -> tuple[Reminder, ...]:
    """Every reminder the data calls for today, sorted by due date (undated last) and key."""
    today, language = board.today, board.language
    w = wording.reminder_words(language)
    found: list[Reminder] = []

    def add(key: str, title: str, lines: list[str], roles: tuple[str, ...], due: dt.date | None) -> None:
        late = due is not None and due < today
        head = [w["late"] if late else w["due"].format(due=long_date(due))] if due is not None else []
        text = "\n\n".join([*head, *lines, mentions(roles, teams, language), w["footer"]])
        found.append(Reminder(key, title, text, roles, due))

    for line in board.lines:
        meeting = long_date(line.next_meeting)
        pair = f"{line.reporter} → {line.recipient}"
        names = {"line": pair, "meeting": meeting}
        body = [markdown(w["meeting"].format(**names)), markdown(w["line_id"].format(id=line.id))]
        if line.input_due >= today and _within(line.input_due, today, horizon):
            key = f"innspill:{line.id}:{line.next_meeting.isoformat()}"
            title = w["input_title"].format(due=long_date(line.input_due), **names)
            add(key, title, body, (line.reporter,), line.input_due)
        upcoming = today <= line.agenda_due and _within(line.agenda_due, today, horizon)
        if line.agenda_late or (upcoming and not _prepared(history, line.id, line.next_meeting)):
            key = f"dagsorden:{line.id}:{line.next_meeting.isoformat()}"
            title = w["agenda_title"].format(due=long_date(line.agenda_due), **names)
            add(key, title, [*body, markdown(w["agenda_done"])], (line.reporter,), line.agenda_due)
        for held in line.awaiting_approval:
            key = f"referat:{line.id}:{held.isoformat()}"
            title = w["approve_title"].format(date=long_date(held), line=pair)
            lines = [markdown(w["approve_body"].format(date=long_date(held), line=pair))]
            add(key, title, [*lines, markdown(w["line_id"].format(id=line.id))], (line.recipient,), None)

    for key, line_id, responsible, what, due, _late in _action_reminders(board, history, today, horizon):
        title = w["action_title"].format(due=long_date(due), what=_short(what))
        lines = [markdown(what), markdown(w["action_from"].format(line=line_id, minutes=key.split(":")[2]))]
        add(key, title, lines, (responsible,), due)

    for entry in register_data.open_on(today):
        kind = registers.label(entry.kind, language)
        named = f"{kind} {entry.id}"
        for number, point in enumerate(entry.points, start=1):
            if point.due is None or point not in entry.open_points(today) or not _within(point.due, today, horizon):
                continue
            title = w["finding_title"].format(due=long_date(point.due), entry=named, n=number)
            lines = [markdown(f"{named}: {entry.title}"), markdown(point.text)]
            if entry.cases:
                lines.append(markdown(w["cases"].format(cases=", ".join(entry.cases))))
            add(f"register:{entry.id}:funn{number}", title, lines, (entry.responsible,), point.due)
        milestones = dict(entry.milestones)
        comment_due = milestones.get("kommentarfrist")
        if comment_due and "kommentarer_sendt" not in milestones and _within(comment_due, today, horizon):
            title = w["comment_title"].format(due=long_date(comment_due), entry=named)
            add(
                f"register:{entry.id}:kommentarfrist",
                title,
                [markdown(f"{named}: {entry.title}")],
                (entry.responsible,),
                comment_due,
            )

    for deadline in board.wheel:
        if _within(deadline.due, today, horizon):
            key = f"arshjul:{deadline.due.isoformat()}:{slug(deadline.what)}"
            title = w["wheel_title"].format(due=long_date(deadline.due), what=_short(deadline.what))
            add(key, title, [markdown(deadline.what)], (deadline.responsible,), deadline.due)

    for chapter in board.chapters:
        if chapter.status == "til gjennomgang":
            roles = chapter.approvers or (chapter.responsible,)
            title = w["review_title"].format(title=chapter.title)
            lines = [markdown(w["review_body"].format(title=chapter.title, file=chapter.file))]
            add(f"gjennomgang:{chapter.file}", title, lines, roles, None)

    return tuple(sorted(found, key=lambda r: (r.due is None, r.due or today, r.key)))


def _prepared(history: Mapping[str, tuple[Minutes, ...]], line_id: str, meeting: dt.date) -> bool:
    """The convener has started the minutes from the agenda: then the agenda is out."""
    return any(m.date == meeting for m in history.get(line_id, ()))


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split()).rstrip(".")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def status_title(language: str) -> str:
    return wording.reminder_words(language)["status_title"]
