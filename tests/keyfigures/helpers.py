"""Small helpers for the key-figure tests: indicators made by hand, series from lists."""

from __future__ import annotations

from rapportlinja.keyfigures.indicators import Indicator, Region, Rule, SsbSource
from rapportlinja.keyfigures.periods import Period


def indicator(
    method: str = "spenn",
    higher_is_better: bool | None = True,
    unit: str = "prosent",
    decimals: int = 1,
    periods: int = 4,
    threshold: float = 5.0,
) -> Indicator:
    return Indicator(
        "undersokelser-innen-frist",
        "Andel undersøkelser avsluttet innen tre måneder",
        unit,
        "…",
        SsbSource("10666", "AndelInnenFrist"),
        higher_is_better,
        decimals,
        Rule(method, periods, threshold, 2.0),
    )


def years(*values: float, start: int = 2021) -> dict[Period, float]:
    return {Period(start + i, 0): v for i, v in enumerate(values)}


HOME = Region("kommune", "9999", "Eksempel kommune")
COUNTRY = Region("landet", "EAK", "Landet")
