"""Read the indicators and the values from the repository (the figures package's file I/O)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from rapportlinja.content.textfile import read_text
from rapportlinja.errors import UserError
from rapportlinja.figures import indicators
from rapportlinja.figures.indicators import Catalogue
from rapportlinja.figures.periods import Period
from rapportlinja.figures.series import VALUES_FILE, Row, parse_csv
from rapportlinja.layout import Layout
from rapportlinja.validation.findings import Finding, has_errors


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


class Loaded(NamedTuple):
    figures: Figures | None  # None when there are no key figures or they have errors
    findings: list[Finding]
    present: bool  # False when the repository has no key figures at all


def values_path(layout: Layout) -> Path:
    return layout.root / VALUES_FILE


def read(layout: Layout) -> Loaded:
    """Both files, checked; without report/data/indikatorer.yaml there are simply no key figures."""
    if not indicators.path(layout).exists():
        return Loaded(None, [], False)
    loaded = indicators.load(layout)
    if not loaded.ok:
        return Loaded(None, loaded.findings, True)
    catalogue = indicators.catalogue_from(loaded.data)
    rows: list[Row] = []
    findings = list(loaded.findings)
    path = values_path(layout)
    if path.exists():
        text, problems = read_text(path, VALUES_FILE)
        findings += problems
        if text is not None:
            parsed = parse_csv(text, catalogue.indicators)
            rows, findings = parsed.rows, findings + parsed.findings
    ok = not has_errors(findings)
    return Loaded(Figures(catalogue, tuple(rows)) if ok else None, findings, True)


def require(layout: Layout) -> Figures:
    """The key figures for a command, or a user error that says what to fix."""
    loaded = read(layout)
    if not loaded.present:
        raise UserError(f"Fant ikke {indicators.INDICATORS_FILE}.", "Se README om nøkkeltall for et eksempel.")
    if loaded.figures is None:
        first = loaded.findings[0]
        raise UserError(
            f"Nøkkeltallene har feil ({len(loaded.findings)}), den første: {first.location}: {first.message}",
            "Kjør «rapport sjekk» for å se alle feilene.",
        )
    return loaded.figures
