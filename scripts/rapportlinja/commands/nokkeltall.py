"""`rapport nokkeltall hent|avvik`: fetch key figures from SSB, and list the figures that depart from normal."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from rapportlinja.base import atomic
from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.keyfigures import describe, latest, merge
from rapportlinja.keyfigures.periods import FORMAT_HINT, parse
from rapportlinja.keyfigures.series import VALUES_FILE, to_csv
from rapportlinja.read import keyfigures, ssb

YEARS = 5
CLI_LANGUAGE = "nb"  # what a command prints is bokmål, like every CLI message; documents follow målform


def run_fetch(
    root: Path | None = None,
    transport: ssb.Transport = ssb.urllib_transport,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    layout = layout_module.find(root)
    figures = keyfigures.require(layout)
    regions = tuple(r.code for r in figures.catalogue.regions.values())
    requests = ssb.requests_for(figures.catalogue.indicators.values(), regions, YEARS)
    if not requests:
        print("Ingen indikatorer har SSB som kilde; ingenting å hente.")
        return 0
    print(f"Henter {len(requests)} tabeller fra SSB (høyst {ssb.CALLS_PER_MINUTE} kall i minuttet) …", flush=True)
    try:
        fetched = ssb.fetch(requests, transport, sleep)
    except ssb.Offline as offline:
        raise UserError(
            f"Får ikke kontakt med SSB ({offline}). Ingen endringer er gjort i {VALUES_FILE}.",
            "Sjekk nettforbindelsen (og proxy-innstillingene), og prøv igjen.",
        ) from None
    outcome = merge.merge(figures.rows, fetched)
    text = to_csv(outcome.rows)
    path = keyfigures.values_path(layout)
    if not path.exists() or path.read_text("utf-8") != text:
        atomic.write_text(path, text)
    for change in outcome.changes:
        print(f"  endret: {change}")
    print(
        f"{outcome.new} nye, {outcome.changed} endrede og {outcome.unchanged} uendrede tall fra SSB; "
        f"{outcome.kept} tall ført for hånd er beholdt uendret."
    )
    return 0


def run_deviations(period_text: str | None = None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    figures = keyfigures.require(layout)
    period = None
    if period_text is not None:
        period = parse(period_text)
        if period is None:
            raise UserError(f"«{period_text}» er ikke en gyldig periode.", FORMAT_HINT)
    assessed = latest.assess_all(figures, period)
    if not assessed:
        print(f"Ingen nøkkeltall for {figures.catalogue.home.name} i {period}." if period else "Ingen nøkkeltall ennå.")
        return 0
    deviating = [a for a in assessed if a.deviates]
    not_assessed = [a for a in assessed if not a.assessed]
    home = figures.catalogue.home.name
    if deviating:
        print(f"Avvik fra normalen for {home} ({len(deviating)}):")
        for item in deviating:
            print(f"  • {describe.sentence(item, CLI_LANGUAGE)}")
    else:
        print(f"Ingen nøkkeltall for {home} avviker fra normalen ({len(assessed) - len(not_assessed)} vurdert).")
    for item in not_assessed:
        print(f"  – {describe.sentence(item, CLI_LANGUAGE)}")
    return 0
