"""Alt text for a chart, from its data: the municipality's trend in labels, then the comparison regions.

«Andel undersøkelser med behandlingstid innen tre måneder i Eksempel kommune falt fra 89,0 % i 2021 til
79,2 % i 2023 og steg til 86,8 % i 2025; landet lå på 82,3–86,1 %.» The labels are in
render/labels.py, so a nynorsk report reads «… fall frå 89,0 % i 2021 …; landet låg på …».
"""

from __future__ import annotations

from collections.abc import Sequence

from rapportlinja.base.labels import labels_for
from rapportlinja.keyfigures.indicators import Indicator, Region
from rapportlinja.keyfigures.numformat import number, with_unit
from rapportlinja.keyfigures.periods import Period

Points = Sequence[tuple[Period, float]]


def segments(points: Points, tolerance: float) -> list[tuple[int, int, int]]:
    """(direction, start index, end index) runs: up (1), down (−1) or flat (0)."""
    runs: list[tuple[int, int, int]] = []
    for i in range(1, len(points)):
        step = points[i][1] - points[i - 1][1]
        direction = 0 if abs(step) <= tolerance else (1 if step > 0 else -1)
        if runs and runs[-1][0] == direction:
            runs[-1] = (direction, runs[-1][1], i)
        else:
            runs.append((direction, i - 1, i))
    return runs


def trend(indicator: Indicator, points: Points, language: str) -> str:
    """«falt fra 89,0 % i 2021 til 79,2 % i 2023 og steg til 86,8 % i 2025» (nynorsk: «fall frå …»)."""
    labels = labels_for(language)

    def value(i: int) -> str:
        return with_unit(points[i][1], indicator.decimals, indicator.unit)

    if len(points) == 1:
        return labels.trend_single.format(value=value(0), period=points[0][0].label)
    tolerance = 0.5 * 10**-indicator.decimals
    parts = []
    for n, (direction, start, end) in enumerate(segments(points, tolerance)):
        verb = {1: labels.trend_up, -1: labels.trend_down, 0: labels.trend_flat}[direction]
        if direction == 0:
            parts.append(labels.trend_stay.format(verb=verb, value=value(end), period=points[end][0].label))
        elif n == 0:
            parts.append(
                labels.trend_from.format(
                    verb=verb,
                    start=value(start),
                    first=points[start][0].label,
                    end=value(end),
                    last=points[end][0].label,
                )
            )
        else:
            parts.append(labels.trend_to.format(verb=verb, value=value(end), period=points[end][0].label))
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + f" {labels.trend_and} " + parts[-1]
    return parts[0]


def spread(indicator: Indicator, values: Sequence[float], language: str) -> str:
    labels = labels_for(language)
    low, high = min(values), max(values)
    if number(low, indicator.decimals) == number(high, indicator.decimals):
        return labels.spread_one.format(value=with_unit(low, indicator.decimals, indicator.unit))
    return labels.spread_range.format(
        low=number(low, indicator.decimals), high=with_unit(high, indicator.decimals, indicator.unit)
    )


def describe(
    indicator: Indicator, home: Region, home_points: Points, others: Sequence[tuple[Region, Points]], language: str
) -> str:
    labels = labels_for(language)
    text = labels.chart_alt.format(
        indicator=indicator.name, region=home.name, trend=trend(indicator, home_points, language)
    )
    for region, points in others:
        if points:
            text += f"; {_subject(region)} {spread(indicator, [v for _, v in points], language)}"
    return text + "."


def _subject(region: Region) -> str:
    return region.name[0].lower() + region.name[1:] if region.role == "landet" else region.name
