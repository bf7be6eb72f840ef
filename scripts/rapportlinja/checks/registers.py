"""`rapport sjekk` for meetings/registre.yaml beyond its schema: case IDs, roles and dates that agree."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.base.loaded import Loaded
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.meetings.registers import KINDS, MILESTONES
from rapportlinja.meetings.routine import Routine

Locate = Callable[..., tuple[int, int]]


def known_roles(routine: Routine) -> tuple[str, ...]:
    """The roles the routine names: who it applies to and both ends of every line."""
    roles = dict.fromkeys((*routine.applies_to, *(role for line in routine.lines for role in line.roles)))
    return tuple(roles)


def check_registers(loaded: Loaded, routine: Routine | None) -> list[Finding]:
    """Findings for a registers file that passed its schema (call only when `loaded.ok`)."""
    findings: list[Finding] = []
    data: dict[str, Any] = loaded.data or {}
    seen: set[str] = set()
    for kind in KINDS:
        for index, item in enumerate(data.get(kind.key) or ()):

            def at(*path: object, key: str = kind.key, i: int = index) -> tuple[int, int]:
                return yamldoc.position(loaded.nodes, (key, i, *path), 1)

            if item["id"] in seen:
                findings.append(
                    error(
                        loaded.rel,
                        *at("id"),
                        f"ID-en «{item['id']}» står flere ganger.",
                        "Gi hver oppføring sin egen ID.",
                        "registers.duplicate-id",
                    )
                )
            seen.add(item["id"])
            if routine is not None:
                findings += _cases(loaded.rel, at, routine, item.get("saker", []))
                findings += _role(loaded.rel, at, routine, item["ansvarlig"])
            findings += _dates(loaded.rel, at, item)
    return findings


def _cases(rel: str, at: Locate, routine: Routine, cases: list[str]) -> list[Finding]:
    example = f", for eksempel {routine.case_example}" if routine.case_example else ""
    return [
        # The text is never repeated: it may be exactly what must not spread further.
        error(
            rel,
            *at("saker", index),
            f"Punkt {index + 1} i «saker» er ikke en saks-ID.",
            f"Skriv bare ID-koden{example}; opplysninger om saken hører ikke hjemme i registeret.",
            "registers.case-reference",
        )
        for index, case in enumerate(cases)
        if not routine.case_pattern.fullmatch(case)
    ]


def _role(rel: str, at: Locate, routine: Routine, role: str) -> list[Finding]:
    roles = known_roles(routine)
    if role in roles:
        return []
    return [
        warning(
            rel,
            *at("ansvarlig"),
            "«ansvarlig» er ikke en rolle i meetings/rutine.yaml.",
            did_you_mean(role, roles) or "Skriv rollen som i rutinen, aldri et navn: " + ", ".join(roles) + ".",
            "registers.unknown-role",
        )
    ]


def _dates(rel: str, at: Locate, item: dict[str, Any]) -> list[Finding]:
    findings = []
    start_key = "åpnet" if "åpnet" in item else "varslet"
    start = dt.date.fromisoformat(str(item[start_key]))
    ordered = [(key, dt.date.fromisoformat(str(item[key]))) for key in MILESTONES if item.get(key)]
    for (before, first), (after, second) in itertools.pairwise(ordered):
        if second < first and not (before == "kommentarfrist" and after == "kommentarer_sendt"):
            findings.append(
                error(
                    rel,
                    *at(after),
                    f"«{after}» er før «{before}».",
                    "Sjekk datoene; de følger tilsynets gang.",
                    "registers.date-order",
                )
            )
    closed = item.get("lukket")
    if closed and dt.date.fromisoformat(str(closed)) < start:
        findings.append(
            error(rel, *at("lukket"), f"«lukket» er før «{start_key}».", "Sjekk datoen.", "registers.date-order")
        )
    for index, point in enumerate(item.get("funn", ())):
        if closed and not point.get("lukket"):
            findings.append(
                warning(
                    rel,
                    *at("funn", index),
                    f"Oppføringen er lukket, men funn {index + 1} har ingen dato i «lukket».",
                    "Skriv når funnet ble lukket, eller fjern «lukket» på oppføringen til alt er fulgt opp.",
                    "registers.open-point",
                )
            )
    return findings
