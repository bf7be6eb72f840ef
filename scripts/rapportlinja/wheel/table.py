"""The wheel as a table: the accessible equivalent of the drawing, with the same numbers."""

from __future__ import annotations

from typing import NamedTuple

from rapportlinja.base import escape
from rapportlinja.base.labels import MONTHS, Labels, labels_for
from rapportlinja.wheel.model import Activity, Timing, Wheel


class Row(NamedTuple):
    number: int
    title: str
    when: str
    responsible: str
    category: str
    status: str
    note: str


def day_text(month: int, day: int) -> str:
    return f"{day}. {MONTHS[month - 1]}"


def when_text(timing: Timing, labels: Labels) -> str:
    """«mars», «januar–juni», «15. mars», or «11 datoer, 13. januar–8. desember»."""
    if len(timing.days) > 2:
        first, last = timing.days[0], timing.days[-1]
        return labels.wheel_points.format(count=len(timing.days), first=day_text(*first), last=day_text(*last))
    if timing.days:
        return ", ".join(day_text(*day) for day in timing.days)
    if timing.first_month == timing.last_month:
        return MONTHS[timing.first_month - 1]
    return f"{MONTHS[timing.first_month - 1]}–{MONTHS[timing.last_month - 1]}"


def status_text(activity: Activity, labels: Labels) -> str:
    return labels.statuses[activity.status]


def rows(wheel: Wheel, language: str) -> list[Row]:
    labels = labels_for(language)
    names = {c.id: c.name for c in wheel.categories}
    return [
        Row(
            number,
            a.title,
            when_text(a.timing, labels),
            a.responsible,
            names.get(a.category, a.category),
            status_text(a, labels),
            a.note,
        )
        for number, a in wheel.numbered()
    ]


def markdown(wheel: Wheel, language: str) -> str:
    """The table as pandoc Markdown (build/arshjul-<år>.md): readable as text, convertible anywhere."""
    labels = labels_for(language)
    cell = escape.markdown
    header = [
        labels.number,
        labels.wheel_activity,
        labels.wheel_when,
        labels.responsible,
        labels.wheel_category,
        "Status",
    ]
    lines = [
        f"# {cell(labels.wheel_title.format(year=wheel.year))}",
        "",
        cell(labels.wheel_intro),
        "",
        "| " + " | ".join(header) + " |",
        "|---:|---|---|---|---|---|",
    ]
    for row in rows(wheel, language):
        title = f"{row.title} ({row.note})" if row.note else row.title
        lines.append(
            f"| {row.number} | {cell(title)} | {cell(row.when)} | {cell(row.responsible)} | "
            f"{cell(row.category)} | {cell(row.status)} |"
        )
    lines += ["", f": {cell(labels.wheel_table_caption.format(year=wheel.year))}", ""]
    return "\n".join(lines)
