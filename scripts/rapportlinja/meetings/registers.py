"""The registers the routine raises «når aktuelt» (meetings/registre.yaml) as typed records.

Statlig tilsyn, internrevisjon, ROS-analyse and erstatningssak: each entry has dates, a status, a
responsible role and case ID codes only. An open entry puts its topic on the agenda of every line
whose routine names that topic, and stays on the status board until it is closed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

REGISTERS_FILE = "registre.yaml"  # in meetings/


class Kind(NamedTuple):
    key: str  # the list's key in the file
    stem: str  # what a routine topic for it contains, lower case («Tilsyn», «Gjennomføring av tilsyn»)
    label_nb: str
    label_nn: str


KINDS: tuple[Kind, ...] = (
    Kind("tilsyn", "tilsyn", "Tilsyn", "Tilsyn"),
    Kind("internrevisjon", "internrevisjon", "Internrevisjon", "Internrevisjon"),
    Kind("ros_analyse", "ros-analyse", "ROS-analyse", "ROS-analyse"),
    Kind("erstatningssak", "erstatningssak", "Erstatningssak", "Erstatningssak"),
)
# The milestones of a statlig tilsyn, in the order Statsforvalteren runs it.
MILESTONES = ("varslet", "foreløpig_rapport", "kommentarfrist", "kommentarer_sendt", "endelig_rapport")


class Point(NamedTuple):
    """A finding to follow up: a lovbrudd after a tilsyn, a deviation after an internal audit, a risk measure."""

    text: str
    due: dt.date | None
    closed: dt.date | None

    def open_on(self, day: dt.date) -> bool:
        return self.closed is None or self.closed > day


class Entry(NamedTuple):
    kind: Kind
    id: str
    title: str
    responsible: str  # a role, never a name
    cases: tuple[str, ...]
    opened: dt.date
    closed: dt.date | None
    points: tuple[Point, ...]
    milestones: tuple[tuple[str, dt.date], ...] = ()  # (key, date) in MILESTONES order

    def open_on(self, day: dt.date) -> bool:
        return self.opened <= day and (self.closed is None or self.closed > day)

    @property
    def points_from(self) -> dt.date:
        """A tilsyn's lovbrudd stand from its final report (the preliminary one may change); others from the start."""
        milestones = dict(self.milestones)
        return milestones.get("endelig_rapport", self.opened) if self.kind.key == "tilsyn" else self.opened

    def open_points(self, day: dt.date) -> tuple[Point, ...]:
        if day < self.points_from:
            return ()
        return tuple(point for point in self.points if point.open_on(day))

    def overdue_points(self, day: dt.date) -> tuple[Point, ...]:
        return tuple(p for p in self.open_points(day) if p.due is not None and p.due < day)

    def next_due(self, day: dt.date) -> dt.date | None:
        """The earliest deadline still ahead or passed and unmet: an open point's, or the comment deadline."""
        dues = [p.due for p in self.open_points(day) if p.due is not None]
        milestones = dict(self.milestones)
        comment_due = milestones.get("kommentarfrist")
        if comment_due is not None and "kommentarer_sendt" not in milestones:
            dues.append(comment_due)
        return min(dues) if dues else None


class Registers(NamedTuple):
    entries: tuple[Entry, ...] = ()

    def open_on(self, day: dt.date) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if entry.open_on(day))


NO_REGISTERS = Registers()


def label(kind: Kind, language: str) -> str:
    return kind.label_nn if language == "nn" else kind.label_nb


def describe(entry: Entry, day: dt.date, language: str) -> str:
    """One sentence for an agenda or the board: what is open and what is late, with no date spelt out."""
    nn = language == "nn"
    points = entry.open_points(day)
    overdue = entry.overdue_points(day)
    text = f"{label(entry.kind, language)} {entry.id}: {entry.title.rstrip('.')}."
    if points:
        word = (
            ("ope funn" if len(points) == 1 else "opne funn")
            if nn
            else ("åpent funn" if len(points) == 1 else "åpne funn")
        )
        text += f" {len(points)} {word}"
        if overdue:
            text += f", {len(overdue)} {'med frist som er passert' if nn else 'med passert frist'}"
        text += "."
    return text


def topic_for(kind: Kind, topics: tuple[str, ...]) -> str | None:
    """The line's topic for this kind of register («Tilsyn», «Gjennomføring av tilsyn»), or None."""
    return next((topic for topic in topics if kind.stem in topic.casefold()), None)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def _entry(kind: Kind, item: dict[str, Any]) -> Entry:
    milestones = tuple((key, dt.date.fromisoformat(str(item[key]))) for key in MILESTONES if item.get(key))
    opened = _date(item.get("åpnet")) or (milestones[0][1] if milestones else None)
    assert opened is not None, "the schema requires «åpnet» or «varslet»"
    return Entry(
        kind=kind,
        id=item["id"],
        title=item["tittel"],
        responsible=item["ansvarlig"],
        cases=tuple(item.get("saker", ())),
        opened=opened,
        closed=_date(item.get("lukket")),
        points=tuple(
            Point(point["tekst"], _date(point.get("frist")), _date(point.get("lukket")))
            for point in item.get("funn", ())
        ),
        milestones=milestones,
    )


def registers_from(data: dict[str, Any] | None) -> Registers:
    """Build from data that has passed the schema; no file means empty registers."""
    if not data:
        return Registers()
    return Registers(tuple(_entry(kind, item) for kind in KINDS for item in data.get(kind.key) or ()))
