"""A figure typed into a chapter's table must agree with nokkeltall.csv for the same indicator and period.

A column is an indicator when its heading is the indicator's name or one of its «tabellkolonner»,
optionally after a region («Landet, …»); rows are periods («2025», «1. halvår 2025»). Only cells
with a value in the CSV are compared, at the precision the cell shows. The way to avoid the
warning is a ```nokkeltall block, which takes the figures from the CSV itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from rapportlinja.base.findings import Finding, warning
from rapportlinja.keyfigures.indicators import Catalogue, Indicator, Region
from rapportlinja.keyfigures.model import Figures
from rapportlinja.keyfigures.numformat import with_unit
from rapportlinja.keyfigures.periods import Period, parse

_HALF = re.compile(r"^([12])\.\s*halvår\s+(\d{4})$", re.IGNORECASE)
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}")


class Table(NamedTuple):
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line in the file, cells)


def _cells(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in line.strip().strip("|").split("|"))


def tables(body: str, first_line: int) -> Iterator[Table]:
    lines = body.split("\n")
    i = 0
    while i < len(lines) - 1:
        if lines[i].lstrip().startswith("|") and _SEPARATOR.match(lines[i + 1].strip()):
            header = _cells(lines[i])
            rows = []
            j = i + 2
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                rows.append((first_line + j, _cells(lines[j])))
                j += 1
            yield Table(header, tuple(rows))
            i = j
        else:
            i += 1


def period_of(text: str) -> Period | None:
    half = _HALF.match(text.strip())
    return Period(int(half.group(2)), int(half.group(1))) if half else parse(text)


def number_of(text: str) -> tuple[float, int] | None:
    """The value and its shown decimals: «7,6 %» → (7.6, 1), «15 230» → (15230.0, 0)."""
    cleaned = re.sub(r"[\s\u00a0\u202f]|%|kr\.?$", "", text.strip())
    if not _NUMBER.match(cleaned):
        return None
    decimals = len(re.split(r"[.,]", cleaned)[1]) if re.search(r"[.,]", cleaned) else 0
    return float(cleaned.replace(",", ".")), decimals


def column_of(heading: str, catalogue: Catalogue) -> tuple[Indicator, Region] | None:
    region, rest = catalogue.home, heading.strip()
    if "," in rest:
        prefix, remainder = (part.strip() for part in rest.split(",", 1))
        found = next((r for r in catalogue.regions.values() if r.name.casefold() == prefix.casefold()), None)
        if found is not None:
            region, rest = found, remainder
    wanted = rest.casefold()
    for indicator in catalogue.indicators.values():
        if wanted in (name.casefold() for name in (indicator.name, *indicator.columns)):
            return indicator, region
    return None


def check_tables(body: str, first_line: int, figures: Figures, rel: str) -> list[Finding]:
    findings = []
    for table in tables(body, first_line):
        columns = {i: column_of(h, figures.catalogue) for i, h in enumerate(table.header) if i > 0}
        for line, cells in table.rows:
            period = period_of(cells[0]) if cells else None
            if period is None:
                continue
            for i, column in columns.items():
                if column is None or i >= len(cells):
                    continue
                shown = number_of(cells[i])
                indicator, region = column
                stored = figures.series(indicator.id, region.code).get(period)
                if shown is None or stored is None:
                    continue
                value, decimals = shown
                if abs(round(stored, decimals) - value) > 0.5 * 10**-decimals + 1e-9:
                    findings.append(
                        warning(
                            rel,
                            line,
                            1,
                            f"{cells[i]} for «{indicator.name}» ({region.name}, {period.label}) stemmer ikke med "
                            f"report/data/nokkeltall.csv ({with_unit(stored, indicator.decimals, indicator.unit)}).",
                            "Vis tallene med en ```nokkeltall-blokk, så kommer de rett fra nokkeltall.csv; "
                            "eller rett tallet i tabellen eller i CSV-filen.",
                            "nokkeltall.table-mismatch",
                        )
                    )
    return findings
