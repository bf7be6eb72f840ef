"""The key-figure values (report/data/nokkeltall.csv): long format, one value per row.

Columns: indikator, region, periode, verdi, kilde. Values use a decimal point (or a
decimal comma inside quotes, as spreadsheets write it). Every problem is a finding
with the file and line, so `rapport sjekk` can report them all at once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import NamedTuple

from rapportlinja.base.findings import Finding, error
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.keyfigures.periods import FORMAT_HINT, Period, parse

VALUES_FILE = "report/data/nokkeltall.csv"
HEADER = ("indikator", "region", "periode", "verdi", "kilde")


class Row(NamedTuple):
    indicator: str
    region: str
    period: Period
    value: float
    source: str
    line: int = 0

    @property
    def key(self) -> tuple[str, str, Period]:
        return (self.indicator, self.region, self.period)


class Parsed(NamedTuple):
    rows: list[Row]
    findings: list[Finding]


CSV_HINT = "Se etter et anførselstegn som ikke er lukket, eller et felt som er urimelig langt."


def parse_csv(text: str, known: Iterable[str], rel: str = VALUES_FILE) -> Parsed:
    """Rows and findings; a row with a problem is left out of `rows`."""
    try:
        return _parse_csv(text, known, rel)
    except csv.Error as exc:  # a field past csv's limit (an unclosed quote): a message, not a crash
        return Parsed([], [error(rel, 0, 0, f"CSV-filen kan ikke leses ({exc}).", CSV_HINT, "limits.csv")])


def _parse_csv(text: str, known: Iterable[str], rel: str) -> Parsed:
    known = list(known)
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None or tuple(h.strip().lower() for h in header) != HEADER:
        return Parsed(
            [],
            [
                error(
                    rel,
                    1,
                    1,
                    "Første linje skal være overskriftene: " + ",".join(HEADER) + ".",
                    "Kopier linjen fra README og sett den øverst i filen.",
                    "nokkeltall.header",
                )
            ],
        )
    rows: list[Row] = []
    findings: list[Finding] = []
    seen: dict[tuple[str, str, Period], int] = {}
    for cells in reader:
        number = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        row, problems = _row(cells, number, known, rel)
        findings += problems
        if row is None:
            continue
        if row.key in seen:
            findings.append(
                error(
                    rel,
                    number,
                    1,
                    f"{row.indicator} for region {row.region} i {row.period} står to ganger "
                    f"(også på linje {seen[row.key]}).",
                    "Slett den ene raden.",
                    "nokkeltall.duplicate",
                )
            )
            continue
        seen[row.key] = number
        rows.append(row)
    return Parsed(rows, findings)


def _row(cells: list[str], number: int, known: list[str], rel: str) -> tuple[Row | None, list[Finding]]:
    if len(cells) != len(HEADER):
        return None, [
            error(
                rel,
                number,
                1,
                f"Raden har {len(cells)} felt, men skal ha {len(HEADER)}: " + ",".join(HEADER) + ".",
                "Sjekk kommaene; et desimalkomma må stå i anførselstegn.",
                "nokkeltall.fields",
            )
        ]
    indicator, region, period_text, value_text, source = (c.strip() for c in cells)
    findings = []
    if indicator not in known:
        findings.append(
            error(
                rel,
                number,
                1,
                f"Ukjent indikator «{indicator}».",
                did_you_mean(indicator, known) or "Indikatorene står i report/data/indikatorer.yaml.",
                "nokkeltall.indicator",
            )
        )
    period = parse(period_text)
    if period is None:
        findings.append(
            error(rel, number, 1, f"«{period_text}» er ikke en gyldig periode.", FORMAT_HINT, "nokkeltall.period")
        )
    value = _number(value_text)
    if value is None:
        findings.append(
            error(
                rel,
                number,
                1,
                f"«{value_text}» er ikke et tall.",
                "Skriv tallet med desimalpunktum, for eksempel 73.8, uten mellomrom eller enhet.",
                "nokkeltall.value",
            )
        )
    if not region or not source:
        findings.append(error(rel, number, 1, "Region og kilde kan ikke være tomme.", None, "nokkeltall.empty"))
    if findings or period is None or value is None:
        return None, findings
    return Row(indicator, region, period, value, source, number), []


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def to_csv(rows: Iterable[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow((row.indicator, row.region, str(row.period), format_value(row.value), row.source))
    return out.getvalue()


def format_value(value: float) -> str:
    """Shortest exact text: 73.8, 45, 15230."""
    return str(int(value)) if value == int(value) else repr(value)
