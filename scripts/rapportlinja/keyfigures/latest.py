"""Assess every indicator of the municipality at once: the latest period, a given one, or as known on a date."""

from __future__ import annotations

import datetime as dt

from rapportlinja.keyfigures.deviation import Assessment, assess
from rapportlinja.keyfigures.model import Figures
from rapportlinja.keyfigures.periods import Period

KINDS = ("år", "halvår")


def assess_all(figures: Figures, period: Period | None = None, as_of: dt.date | None = None) -> list[Assessment]:
    """One assessment per indicator and kind of period (years, half-years) that has values.

    `period`: assess that period only. `as_of`: use only figures that could be known that day
    (see Period.available), so an old agenda does not change when new figures arrive.
    """
    home = figures.catalogue.home.code
    results = []
    for indicator in figures.catalogue.indicators.values():
        for kind in KINDS:
            series = figures.series(indicator.id, home, kind)
            if as_of is not None:
                from_ssb = indicator.source is not None
                series = {p: v for p, v in series.items() if p.available(from_ssb) <= as_of}
            if period is not None and period.kind != kind:
                continue
            found = assess(indicator, series, period)
            if found is not None:
                results.append(found)
    return results


def deviations(figures: Figures, period: Period | None = None, as_of: dt.date | None = None) -> list[Assessment]:
    return [a for a in assess_all(figures, period, as_of) if a.deviates]
