"""Minutes (referat) as typed records, and the classification marking they carry."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from rapportlinja.meetings.marking import INTERNAL, INTERNAL_ONLY, WITHHELD, Classification, sent_out


class TopicNote(NamedTuple):
    topic: str
    follow_up: bool


class Action(NamedTuple):
    what: str
    responsible: str
    due: dt.date
    open: bool
    topic: str | None


class Update(NamedTuple):
    """A later meeting's word on an earlier action: closed, or open with a new due date."""

    minutes: dt.date  # the earlier minutes the action stands in
    action: int  # 1-based, as listed under «oppfølging»
    open: bool
    due: dt.date | None


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
    updates: tuple[Update, ...] = ()
    sent_out: dt.date | None = None  # «sendt_ut»: sent outside the organ, so offl. § 14 no longer applies


def classification_from(data: dict[str, Any]) -> Classification:
    """The minutes' own marking; the schema requires «hjemmel» when withheld. Minutes sent outside the
    organ («sendt_ut») are no longer organ-internal (offl. § 14)."""
    level = data.get("klassifisering", INTERNAL)
    if level == WITHHELD:
        written = Classification(WITHHELD, data.get("hjemmel"))
    else:
        written = Classification(level, None) if level != INTERNAL else INTERNAL_ONLY
    return sent_out(written, _date(data.get("sendt_ut")))


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


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
        updates=tuple(
            Update(
                dt.date.fromisoformat(u["referat"]),
                u["tiltak"],
                u["status"] == "åpen",
                dt.date.fromisoformat(u["frist"]) if u.get("frist") else None,
            )
            for u in data.get("oppdaterer", [])
        ),
        sent_out=_date(data.get("sendt_ut")),
    )
