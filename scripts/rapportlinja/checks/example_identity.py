"""What is left of the example's identity in a municipality's own repository.

After `rapport oppsett` the report, the web edition and the agendas must speak for the municipality
alone. A trace of «Eksempel kommune» (its names, its GitHub team, its addresses, its region codes, its
dates for political treatment, its note that the text is made up) is a warning while the report is a
draft and stops a release (`release_refusal`). The example itself, not yet adopted, is not checked:
there the identity is the point.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rapportlinja.base import yamldoc
from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, warning
from rapportlinja.base.layout import Layout
from rapportlinja.keyfigures.series import VALUES_FILE
from rapportlinja.read import keyfigures
from rapportlinja.read.textfile import read_bytes
from rapportlinja.report import example

CODE = "identity.example"
TEXT_SUFFIXES = (".md", ".yaml", ".yml", ".csv", ".svg")  # an SVG's title and text are printed too
HINT = (
    "Skriv kommunens egne opplysninger her; «rapport oppsett» gjør det meste "
    "(se README, «Sette opp repositoriet på GitHub», punkt 3)."
)
TEXT_HINT = "Teksten er eksempelets: skriv kommunens egen tekst og egne tall, og ta bort merknaden om eksempelteksten."


def check_identity(layout: Layout, edition: Any) -> list[Finding]:
    if not isinstance(edition, dict) or example.is_template(edition):
        return []
    number = str((edition.get("kommune") or {}).get("nummer", ""))
    findings = [finding for path in _text_files(layout) for finding in _traces(layout, path)]
    findings += _treatments(edition)
    findings += _regions(layout, number)
    return findings


def release_refusal(layout: Layout, edition: Any, tag: str) -> None:
    """Raise UserError when anything of the example is left: a release is the municipality's public word."""
    found = check_identity(layout, edition)
    if found:
        listed = "\n".join(f"  {f.location}: {f.message}" for f in found[:20])
        more = f"\n  … og {len(found) - 20} til" if len(found) > 20 else ""
        raise UserError(
            f"{tag} ble ikke laget: det er {len(found)} spor igjen av eksempelkommunen.\n{listed}{more}",
            HINT + " Kjør «rapport sjekk» for hele listen.",
        )


def _text_files(layout: Layout) -> Iterator[Path]:
    for folder in (layout.report, layout.meetings):
        if folder.is_dir():
            yield from sorted(p for p in folder.rglob("*") if p.suffix in TEXT_SUFFIXES and p.is_file())
    codeowners = layout.root / ".github" / "CODEOWNERS"
    if codeowners.is_file():
        yield codeowners


def _traces(layout: Layout, path: Path) -> Iterator[Finding]:
    data = read_bytes(path)
    if data is None:
        return
    rel = layout.rel(path)
    rows = []
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
        for column, marker in example.markers_in(line):
            hint = TEXT_HINT if marker.casefold() == "eksempelteksten" else HINT
            yield warning(rel, number, column, f"«{marker}» er fra eksempelet.", hint, CODE)
        if rel == VALUES_FILE and _csv_region(line) in (example.NUMBER, example.COUNTY_CODE):
            rows.append(number)
    if rows:  # one finding for the file: a hundred rows of the same leftover are one thing to do
        count = f"{len(rows)} rader gjelder" if len(rows) > 1 else "Raden gjelder"
        yield warning(rel, rows[0], 1, f"{count} regionene i eksempelet.", _FIGURES_HINT, CODE)


_FIGURES_HINT = "Kjør «rapport nokkeltall hent» for kommunens egne tall, og slett radene for eksempelets regioner."


def _csv_region(line: str) -> str | None:
    row = next(csv.reader(io.StringIO(line)), [])
    return row[1].strip() if len(row) > 1 else None


def _treatments(edition: dict[str, Any]) -> list[Finding]:
    given = edition.get("politisk_behandling") or []
    pairs = tuple((str(t.get("utvalg")), str(t.get("dato"))) for t in given if isinstance(t, dict))
    if pairs != tuple((committee, day.isoformat()) for committee, day in example.TREATMENTS):
        return []
    return [
        warning(
            "report/rapport.yaml",
            0,
            0,
            "Datoene for politisk behandling er eksempelets.",
            "Skriv utvalgene og møtedatoene til kommunen, eller ta «politisk_behandling» ut til de er kjent.",
            CODE,
        )
    ]


def _regions(layout: Layout, number: str) -> list[Finding]:
    loaded = keyfigures.load_indicators(layout)
    regions = loaded.data.get("regioner") if loaded.ok and isinstance(loaded.data, dict) else None
    if not isinstance(regions, dict):
        return []  # no key figures, or a broken file the key-figure check reports
    findings = []
    wanted = {"kommune": number}
    county = example.county_of(number)
    if county is not None:
        wanted["fylke"] = county.kostra_code
    for role, code in wanted.items():
        region = regions.get(role)
        if isinstance(region, dict) and str(region.get("kode")) != code:
            line, column = yamldoc.position(loaded.nodes, ("regioner", role, "kode"), loaded.yaml_first_line)
            findings.append(
                warning(
                    loaded.rel,
                    line,
                    column,
                    f"Regionkoden for {role} passer ikke med kommunenummeret {number} i report/rapport.yaml.",
                    f"SSBs kode for {'kommunen er kommunenummeret' if role == 'kommune' else 'fylket er'} «{code}».",
                    CODE,
                )
            )
    return findings
