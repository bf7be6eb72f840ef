"""Read the indicators and the values from the repository (the key figures' file I/O)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, has_errors
from rapportlinja.base.layout import Layout
from rapportlinja.base.loaded import Loaded
from rapportlinja.keyfigures import indicators
from rapportlinja.keyfigures.model import Figures
from rapportlinja.keyfigures.series import VALUES_FILE, Row, parse_csv
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.read.once import remember
from rapportlinja.read.textfile import read_text


class Reading(NamedTuple):
    figures: Figures | None  # None when there are no key figures or they have errors
    findings: list[Finding]
    present: bool  # False when the repository has no key figures at all


def indicators_path(layout: Layout) -> Path:
    return layout.root / indicators.INDICATORS_FILE


def load_indicators(layout: Layout) -> Loaded:
    return load_yaml_file(indicators_path(layout), indicators.INDICATORS_FILE, "indikatorer")


def load_figures(layout: Layout) -> Figures | None:
    """The key figures, or None when there are none or they have errors (an agenda is made anyway)."""
    return read(layout).figures


def values_path(layout: Layout) -> Path:
    return layout.root / VALUES_FILE


def read(layout: Layout) -> Reading:
    reading = remember(("keyfigures", layout.root), lambda: _read(layout))
    return reading._replace(findings=list(reading.findings))


def _read(layout: Layout) -> Reading:
    """Both files, checked; without report/data/indikatorer.yaml there are simply no key figures."""
    if not indicators_path(layout).exists():
        return Reading(None, [], False)
    loaded = load_indicators(layout)
    if not loaded.ok:
        return Reading(None, loaded.findings, True)
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
    return Reading(Figures(catalogue, tuple(rows)) if ok else None, findings, True)


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
