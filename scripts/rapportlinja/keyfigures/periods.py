"""Periods in the key-figure data: a year («2025») or a half-year («2025H1», «2025H2»)."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

PATTERN = re.compile(r"^(\d{4})(?:H([12]))?$")
FORMAT_HINT = "Skriv perioden som ÅÅÅÅ for et år (2025) eller ÅÅÅÅH1/ÅÅÅÅH2 for et halvår (2025H1)."


class Period(NamedTuple):
    year: int
    half: int  # 0 for a whole year, 1 or 2 for a half-year

    @property
    def kind(self) -> str:
        return "år" if self.half == 0 else "halvår"

    def __str__(self) -> str:
        return f"{self.year}H{self.half}" if self.half else str(self.year)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, 6, 30) if self.half == 1 else dt.date(self.year, 12, 31)

    def available(self, from_ssb: bool) -> dt.date:
        """The day the figure can be known: KOSTRA's provisional figures come 15 March the year after;
        the service's own figures the day after the period ends."""
        if from_ssb and self.half == 0:
            return dt.date(self.year + 1, 3, 15)
        return self.end + dt.timedelta(days=1)


def parse(text: str) -> Period | None:
    match = PATTERN.match(text.strip())
    if not match or not 1900 <= int(match.group(1)) <= 2100:
        return None
    return Period(int(match.group(1)), int(match.group(2) or 0))


def year_range(text: str) -> tuple[int, int] | None:
    """«2021-2025», «2021–2025» or «2025» as (first, last)."""
    match = re.match(r"^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$", text)
    if not match:
        return None
    first, last = int(match.group(1)), int(match.group(2) or match.group(1))
    return (first, last) if first <= last else None
