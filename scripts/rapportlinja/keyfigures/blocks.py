"""The ```nokkeltall block in a chapter: find it, read its options, and check them against the data.

```nokkeltall
indikatorer: [meldinger-per-1000, undersokelser-innen-frist]
år: 2021-2025
vis: tabell og figur      # tabell | figur | tabell og figur
regioner: [kommune, kostragruppe, landet]
```
"""

from __future__ import annotations

from typing import Any, NamedTuple

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.keyfigures.indicators import ROLES
from rapportlinja.keyfigures.model import Figures
from rapportlinja.keyfigures.periods import Period, year_range
from rapportlinja.report.fenced import Block

NAME = "nokkeltall"  # the info string: ```nokkeltall
SHOW = ("tabell", "figur", "tabell og figur")
KEYS = ("indikatorer", "år", "vis", "regioner", "tittel")
EXAMPLE = "```nokkeltall\nindikatorer: [undersokelser-innen-frist]\når: 2021-2025\nvis: tabell og figur\n```"


class Options(NamedTuple):
    indicators: tuple[str, ...]
    first: int
    last: int
    table: bool
    chart: bool
    roles: tuple[str, ...]
    title: str | None

    @property
    def years(self) -> tuple[Period, ...]:
        return tuple(Period(y, 0) for y in range(self.first, self.last + 1))


def read(block: Block, figures: Figures | None, rel: str) -> tuple[Options | None, list[Finding]]:
    """The options, or the findings that say what is wrong, at the line in the block."""
    parsed = yamldoc.load(block.text, rel, block.line + 1)
    if parsed.findings or not isinstance(parsed.data, dict):
        return None, parsed.findings or [
            error(
                rel,
                block.line,
                1,
                "Nøkkeltall-blokken er tom eller ikke nøkkel: verdi.",
                EXAMPLE,
                "nokkeltall.block-empty",
            )
        ]
    data = parsed.data

    def here(*path: Any) -> tuple[int, int]:
        return yamldoc.position(parsed.nodes, path, block.line + 1)

    findings = [
        error(
            rel,
            *yamldoc.key_position(parsed.nodes, (key,), block.line + 1),
            f"Ukjent valg «{key}» i nøkkeltall-blokken.",
            did_you_mean(key, KEYS) or "Gyldige valg: " + ", ".join(KEYS) + ".",
            "nokkeltall.block-key",
        )
        for key in data
        if key not in KEYS
    ]
    for key in ("indikatorer", "år"):
        if key not in data:
            findings.append(
                error(rel, block.line, 1, f"Nøkkeltall-blokken mangler «{key}».", EXAMPLE, "nokkeltall.block-required")
            )
    ids = _strings(data.get("indikatorer", []))
    roles = _strings(data.get("regioner", ["kommune", "landet"]))
    known = list(figures.catalogue.indicators) if figures else []
    for i, name in enumerate(ids):
        if figures is not None and name not in known:
            findings.append(
                error(
                    rel,
                    *here("indikatorer", i),
                    f"Ukjent indikator «{name}».",
                    did_you_mean(name, known) or "Indikatorene står i report/data/indikatorer.yaml.",
                    "nokkeltall.block-indicator",
                )
            )
    for i, role in enumerate(roles):
        if role not in ROLES or (figures is not None and role not in figures.catalogue.regions):
            findings.append(
                error(
                    rel,
                    *here("regioner", i),
                    f"Ukjent region «{role}».",
                    did_you_mean(role, ROLES) or "Gyldige regioner: " + ", ".join(ROLES) + ".",
                    "nokkeltall.block-region",
                )
            )
    span = year_range(str(data.get("år", "")))
    if "år" in data and span is None:
        findings.append(
            error(
                rel,
                *here("år"),
                f"«{data['år']}» er ikke et år eller en periode av år.",
                "Skriv for eksempel år: 2021-2025.",
                "nokkeltall.block-years",
            )
        )
    show = str(data.get("vis", "tabell")).strip()
    if show not in SHOW:
        findings.append(
            error(
                rel,
                *here("vis"),
                f"«{show}» er ikke gyldig for «vis».",
                did_you_mean(show, SHOW) or "Velg tabell, figur eller tabell og figur.",
                "nokkeltall.block-show",
            )
        )
    if findings or span is None or not ids:
        return None, findings
    title = str(data["tittel"]) if "tittel" in data else None
    options = Options(tuple(ids), span[0], span[1], "tabell" in show, "figur" in show, tuple(roles), title)
    return options, _missing(options, figures, rel, block.line) if figures else []


def _strings(value: Any) -> list[str]:
    return [str(v).strip() for v in value] if isinstance(value, list) else [str(value).strip()]


def _missing(options: Options, figures: Figures, rel: str, line: int) -> list[Finding]:
    findings = []
    for ind in options.indicators:
        for role in options.roles:
            region = figures.catalogue.regions[role]
            series = figures.series(ind, region.code, "år")
            absent = [str(p) for p in options.years if p not in series]
            if absent:
                findings.append(
                    error(
                        rel,
                        line,
                        1,
                        f"Mangler tall for «{ind}» for {region.name} i " + ", ".join(absent) + ".",
                        "Legg tallene inn i report/data/nokkeltall.csv, "
                        "kjør «rapport nokkeltall hent», eller ta regionen eller årene ut av blokken.",
                        "nokkeltall.block-missing",
                    )
                )
    return findings
