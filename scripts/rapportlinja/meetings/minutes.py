"""Minutes (referat) as typed records, and the classification marking they carry."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from rapportlinja.meetings.routine import DEFAULT_BASIS

WITHHELD = "unntatt offentlighet"
INTERNAL = "intern"


class Classification(NamedTuple):
    level: str  # «intern» or «unntatt offentlighet»
    basis: str | None  # legal basis when withheld

    @property
    def withheld(self) -> bool:
        return self.level == WITHHELD


INTERNAL_ONLY = Classification(INTERNAL, None)


class TopicNote(NamedTuple):
    topic: str
    follow_up: bool


class Action(NamedTuple):
    what: str
    responsible: str
    due: dt.date
    open: bool
    topic: str | None


class Raised(NamedTuple):
    """An item raised to the line above."""

    text: str
    topic: str | None
    cases: tuple[str, ...]


class Minutes(NamedTuple):
    rel: str
    line: str
    date: dt.date
    participants: tuple[str, ...]
    classification: Classification
    topics: tuple[TopicNote, ...]
    cases: tuple[str, ...]
    actions: tuple[Action, ...]
    raised: tuple[Raised, ...]
    approved: dt.date | None


def classification_from(data: dict[str, Any]) -> Classification:
    level = data.get("klassifisering", INTERNAL)
    return Classification(WITHHELD, data.get("hjemmel", DEFAULT_BASIS)) if level == WITHHELD else INTERNAL_ONLY


def strictest(classifications: list[Classification]) -> Classification:
    """Withheld wins over internal: a document is as closed as the most closed of its sources."""
    return next((c for c in classifications if c.withheld), INTERNAL_ONLY)


def minutes_from(rel: str, data: dict[str, Any]) -> Minutes:
    """Build from frontmatter that has passed the schema."""
    approved = data.get("godkjent")
    return Minutes(
        rel=rel,
        line=data["linje"],
        date=dt.date.fromisoformat(data["dato"]),
        participants=tuple(data["deltakere"]),
        classification=classification_from(data),
        topics=tuple(TopicNote(t["tema"], bool(t.get("følges_opp", False))) for t in data["temaer"]),
        cases=tuple(data.get("saker", [])),
        actions=tuple(
            Action(a["hva"], a["ansvarlig"], dt.date.fromisoformat(a["frist"]), a["status"] == "åpen", a.get("tema"))
            for a in data.get("oppfølging", [])
        ),
        raised=tuple(
            Raised(r["tekst"], r.get("tema"), tuple(r.get("saker", []))) for r in data.get("til_neste_linje", [])
        ),
        approved=dt.date.fromisoformat(approved) if approved else None,
    )
