"""The board as text for the terminal, Markdown for GitHub (the pinned «Status» issue) and JSON for machines."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from rapportlinja.base.escape import markdown
from rapportlinja.base.labels import long_date
from rapportlinja.status import wording
from rapportlinja.status.board import Board

FORMATS = ("tekst", "markdown", "json")


def _sections(board: Board) -> list[tuple[str, list[str]]]:
    """(heading, rows) in the board's målform; plain text, escaped by the caller for Markdown."""
    w = wording.words(board.language)
    chapters = [
        w["chapter_row"].format(
            title=c.title,
            file=c.file,
            status=wording.chapter_status(c.status, board.language),
            responsible=c.responsible,
            approvers=", ".join(c.approvers) or w["none"],
        )
        for c in board.chapters
    ]
    if board.chapters and not board.approvals_read:
        chapters.append(w["approvals_unread"])
    wheel = [
        w["wheel_row"].format(due=long_date(d.due), what=d.what, responsible=d.responsible)
        + (f" – {w['wheel_late']}" if d.late else "")
        for d in board.wheel
    ] or [w["wheel_empty"]]
    lines = []
    for line in board.lines:
        lines.append(w["line_head"].format(reporter=line.reporter, recipient=line.recipient))
        due = {"input_due": long_date(line.input_due), "agenda_due": long_date(line.agenda_due)}
        lines.append("  " + w["next_meeting"].format(date=long_date(line.next_meeting), **due))
        if line.agenda_late:
            lines.append("  " + w["agenda_late"].format(**due))
        if line.awaiting_approval:
            lines.append("  " + w["awaiting"].format(dates=", ".join(long_date(d) for d in line.awaiting_approval)))
        for action in line.actions:
            row = w["action_row"].format(
                minutes=long_date(action.minutes),
                due=long_date(action.due),
                what=action.what.rstrip("."),
                responsible=action.responsible,
            )
            lines.append("  " + row + (f" – {w['action_late']}" if action.late else ""))
        if not line.actions:
            lines.append("  " + w["no_actions"])
    registers = []
    for r in board.registers:
        row = w["register_row"].format(
            kind=wording.kind_name(r.kind, board.language),
            id=r.id,
            title=r.title.rstrip("."),
            opened=long_date(r.opened),
            responsible=r.responsible,
        )
        if r.open_points:
            row += " " + w["register_points"].format(open=r.open_points, late=r.overdue_points)
        if r.next_due is not None:
            row += " " + w["register_next"].format(due=long_date(r.next_due))
        if r.cases:
            row += " " + w["register_cases"].format(cases=", ".join(r.cases))
        registers.append(row)
    return [
        (w["chapters"], chapters),
        (w["wheel"], wheel),
        (w["lines"], lines),
        (w["registers"], registers or [w["registers_empty"]]),
    ]


def _summary(board: Board) -> str:
    w = wording.words(board.language)
    return w["late_total"].format(count=board.late) if board.late else w["nothing_late"]


def text(board: Board) -> str:
    w = wording.words(board.language)
    out = [w["title"].format(date=long_date(board.today)), _summary(board), ""]
    for heading, rows in _sections(board):
        out += [heading, *(f"  {row}" for row in rows), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def markdown_text(board: Board) -> str:
    w = wording.words(board.language)
    out = [f"# {markdown(w['title'].format(date=long_date(board.today)))}", "", f"**{markdown(_summary(board))}**", ""]
    for heading, rows in _sections(board):
        out += [f"## {markdown(heading)}", ""]
        for row in rows:
            nested = row.startswith("  ")
            out.append(("  - " if nested else "- ") + markdown(row.strip()))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {key: _plain(item) for key, item in value._asdict().items()}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return value


def json_text(board: Board) -> str:
    data = _plain(board)
    data["late"] = board.late
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(board: Board, form: str) -> str:
    if form == "json":
        return json_text(board)
    return markdown_text(board) if form == "markdown" else text(board)
