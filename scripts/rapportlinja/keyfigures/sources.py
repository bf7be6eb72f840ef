"""The key figures' sources, from the indicator file: what the ```kilder note prints and what a chapter may cite.

A source note written by hand drifts from the data (the example once cited six closed or unused
SSB tables); made from the indicators, it names exactly the tables the figures come from, with
the years the values file holds for each. A table number a chapter cites that no indicator uses
is what the check in `checks.keyfigures` warns about.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapportlinja.keyfigures.model import Figures


class TableSource(NamedTuple):
    table: str
    title: str  # "" when the indicator file does not give it
    page: str  # the table's page in SSB's statistics bank
    first: int | None  # the first and last year the values file holds from this table; None: none yet
    last: int | None
    indicators: tuple[str, ...]  # the names of the indicators that use it, in file order
    confirmed: str | None  # the page where table and codes were checked, when every indicator has one


class Sources(NamedTuple):
    tables: tuple[TableSource, ...]
    own: tuple[str, ...]  # the names of indicators the service registers itself


def sources(figures: Figures) -> Sources:
    by_table: dict[str, list[str]] = {}
    own = []
    for ind in figures.catalogue.indicators.values():
        if ind.source is None:
            own.append(ind.name)
        else:
            by_table.setdefault(ind.source.table, []).append(ind.id)
    return Sources(tuple(_table(figures, table, ids) for table, ids in by_table.items()), tuple(own))


def _table(figures: Figures, table: str, ids: list[str]) -> TableSource:
    inds = [figures.catalogue.indicators[i] for i in ids]
    ssb = [ind.source for ind in inds if ind.source is not None]
    label = ssb[0].label
    years = sorted({r.period.year for r in figures.rows if r.indicator in ids and r.source == label})
    confirmed = {s.confirmed for s in ssb}
    return TableSource(
        table,
        next((s.title for s in ssb if s.title), ""),
        ssb[0].page,
        years[0] if years else None,
        years[-1] if years else None,
        tuple(ind.name for ind in inds),
        confirmed.pop() if len(confirmed) == 1 and None not in confirmed else None,
    )


# A five-digit number after «tabell», «tabellene», «statistikkbanken» or «KOSTRA» in the same sentence:
# «SSB-tabell 09050», «KOSTRA-tabellene 09050 (…), 09086 (…)», «statistikkbanken, tabell 11600».
_CUE = re.compile(r"(?i)(?:tabell\w*|statistikkbank\w*|kostra)")
_NUMBER = re.compile(r"(?<![\d.,])(?<!\d )\d{5}(?!\d)")  # not a decimal, nor a group of «23 410»
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")
CUE_DISTANCE = 200


def cited_tables(text: str) -> list[tuple[int, str]]:
    """(offset, table number) for every SSB table number `text` cites."""
    found = []
    for match in _NUMBER.finditer(text):
        start = max(0, match.start() - CUE_DISTANCE)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, start, match.start())]
        window = text[ends[-1] if ends else start : match.start()]
        if _CUE.search(window):
            found.append((match.start(), match.group(0)))
    return found
