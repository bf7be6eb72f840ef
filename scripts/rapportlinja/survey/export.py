"""A survey export as read from Microsoft Forms: the headings and the rows, in memory only."""

from __future__ import annotations

from typing import Any, NamedTuple


class Export(NamedTuple):
    headings: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]  # data rows; row i is line i + 2 in Excel (line 1 holds the headings)
