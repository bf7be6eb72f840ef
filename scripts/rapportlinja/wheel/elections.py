"""Municipal elections and the council year: year 1 is computed, never typed in per year."""

from __future__ import annotations

# Norwegian municipal elections are held every four years in September: …, 2019, 2023, 2027, …
KNOWN_ELECTION = 2023
PERIOD = 4


def is_election_year(year: int) -> bool:
    return (year - KNOWN_ELECTION) % PERIOD == 0


def council_year(year: int) -> int:
    """Which year of the council's term `year` is: 1 the first full year after the election, … 4."""
    return (year - KNOWN_ELECTION - 1) % PERIOD + 1


def is_year_one(year: int) -> bool:
    """True for 2024, 2028, …: the new council's first year, when the year-1 steps apply."""
    return council_year(year) == 1


def last_election(year: int) -> int:
    """The election that chose the council sitting for most of `year` (the autumn's own election excluded)."""
    return year - council_year(year)
