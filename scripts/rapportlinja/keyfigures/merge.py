"""Merge fetched SSB rows into the CSV without touching what people entered.

A row is SSB's to update only while its «kilde» says «SSB …». Any other source («egen
registrering», or a corrected SSB figure whose source a person changed to say so) is
kept as it is, even when SSB has a value for the same indicator, region and period.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from rapportlinja.keyfigures.series import Row


class Outcome(NamedTuple):
    rows: tuple[Row, ...]
    new: int
    changed: int
    unchanged: int
    kept: int  # SSB had a value, but the row is a person's and was left alone
    changes: tuple[str, ...]  # «undersokelser-innen-frist 9999 2025: 86.8 → 87.1», for the user


def from_ssb(row: Row) -> bool:
    return row.source.startswith("SSB")


def merge(existing: Iterable[Row], fetched: Iterable[Row]) -> Outcome:
    """Existing rows keep their order; changed values change in place; new rows come last, sorted."""
    incoming = {row.key: row for row in fetched}
    rows, changes = [], []
    new = changed = unchanged = kept = 0
    for row in existing:
        update = incoming.pop(row.key, None)
        if update is None:
            rows.append(row)
        elif not from_ssb(row):
            kept += 1
            rows.append(row)
        elif update.value == row.value and update.source == row.source:
            unchanged += 1
            rows.append(row)
        else:
            changed += 1
            changes.append(f"{_name(row)}: {_v(row.value)} → {_v(update.value)}")
            rows.append(row._replace(value=update.value, source=update.source))
    for row in sorted(incoming.values(), key=lambda r: (r.indicator, r.region, r.period)):
        new += 1
        rows.append(row)
    return Outcome(tuple(rows), new, changed, unchanged, kept, tuple(changes))


def _name(row: Row) -> str:
    return f"{row.indicator} {row.region} {row.period}"


def _v(value: float) -> str:
    return f"{value:g}".replace(".", ",")
