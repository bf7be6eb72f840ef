"""The key figures as one record: the catalogue of indicators and every value."""

from __future__ import annotations

from typing import NamedTuple

from rapportlinja.keyfigures.indicators import Catalogue
from rapportlinja.keyfigures.periods import Period
from rapportlinja.keyfigures.series import Row


class Figures(NamedTuple):
    catalogue: Catalogue
    rows: tuple[Row, ...]

    def series(self, indicator: str, region: str, kind: str | None = None) -> dict[Period, float]:
        """Values by period, oldest first; only years or only half-years when `kind` is given."""
        found = {
            r.period: r.value
            for r in self.rows
            if r.indicator == indicator and r.region == region and (kind is None or r.period.kind == kind)
        }
        return dict(sorted(found.items()))

    def source_of(self, indicator: str, region: str, period: Period) -> str | None:
        return next((r.source for r in self.rows if r.key == (indicator, region, period)), None)
