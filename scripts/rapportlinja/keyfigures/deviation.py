"""«Avvik fra normalen»: does the latest value depart from the usual level of the periods before it?

Two rules, chosen per indicator in report/data/indikatorer.yaml:

* spenn: the usual level is the range (lowest to highest) of the previous N periods
  (N = «perioder», default 4). The value deviates when it lies outside that range by more
  than «terskel_prosent» (default 5) per cent of their average. Steady trends stay inside
  the threshold; a jump does not.
* standardavvik: the value deviates when it is more than «antall_standardavvik»
  (default 2) standard deviations from the average of the previous N periods.

With fewer than N earlier periods of the same kind (years with years, half-years with
half-years) the value is not assessed, and the result says so.
"""

from __future__ import annotations

import statistics
from typing import NamedTuple

from rapportlinja.keyfigures.indicators import Indicator, Rule
from rapportlinja.keyfigures.periods import Period

HIGHER, LOWER = "høyere", "lavere"


class Assessment(NamedTuple):
    indicator: Indicator
    period: Period
    value: float
    assessed: bool  # False: too few earlier periods
    deviates: bool
    direction: str  # «høyere» or «lavere» than usual ("" when inside)
    size: float  # distance from the average of the earlier periods, in the indicator's unit
    mean: float  # that average
    low: float  # the usual band
    high: float
    earlier: int  # how many earlier periods there were

    @property
    def better(self) -> bool | None:
        """True/False when the indicator has a direction; None when it has not or nothing deviates."""
        if not self.deviates or self.indicator.higher_is_better is None:
            return None
        return (self.direction == HIGHER) == self.indicator.higher_is_better


def band(rule: Rule, previous: list[float]) -> tuple[float, float]:
    """The usual level as (low, high)."""
    if rule.method == "standardavvik":
        mean = statistics.fmean(previous)
        spread = rule.deviations * statistics.stdev(previous)
        return mean - spread, mean + spread
    margin = abs(statistics.fmean(previous)) * rule.threshold_percent / 100
    return min(previous) - margin, max(previous) + margin


def assess(indicator: Indicator, series: dict[Period, float], period: Period | None = None) -> Assessment | None:
    """Assess `period` (default: the latest) against the periods of the same kind before it."""
    if period is None:
        if not series:
            return None
        period = max(series)
    if period not in series:
        return None
    value = series[period]
    previous = [v for p, v in sorted(series.items()) if p < period and p.kind == period.kind]
    previous = previous[-indicator.rule.periods :]
    if len(previous) < indicator.rule.periods:
        return Assessment(indicator, period, value, False, False, "", 0.0, 0.0, 0.0, 0.0, len(previous))
    low, high = band(indicator.rule, previous)
    mean = statistics.fmean(previous)
    deviates = value < low or value > high
    direction = (LOWER if value < low else HIGHER) if deviates else ""
    return Assessment(
        indicator, period, value, True, deviates, direction, abs(value - mean), mean, low, high, len(previous)
    )
