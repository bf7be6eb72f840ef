"""Checks on meetings/rutine.yaml beyond its schema: the lines must form a chain that works."""

from __future__ import annotations

from typing import Any

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.loaded import Loaded
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.privacy.casepattern import HINT, PatternError, compile_case_pattern


def check_routine(loaded: Loaded) -> list[Finding]:
    """Findings for a routine that passed its schema (call only when `loaded.ok`)."""
    data: dict[str, Any] = loaded.data
    lines: list[dict[str, Any]] = data["linjer"]
    ids = [line["id"] for line in lines]
    findings = _pattern(loaded)
    for index, line in enumerate(lines):

        def at(*path: Any, i: int = index) -> tuple[int, int]:
            return yamldoc.position(loaded.nodes, ("linjer", i, *path), 1)

        if ids.count(line["id"]) > 1:
            findings.append(
                error(
                    loaded.rel,
                    *at("id"),
                    f"Linjen «{line['id']}» står flere ganger.",
                    "Gi hver linje sin egen id.",
                    "routine.duplicate-line",
                )
            )
        above = line.get("rapporterer_til")
        if above is not None and (above not in ids or above == line["id"]):
            findings.append(
                error(
                    loaded.rel,
                    *at("rapporterer_til"),
                    f"«{above}» er ikke en annen linje i rutinen.",
                    did_you_mean(above, ids) or "Skriv id-en til linjen over, eller fjern nøkkelen.",
                    "routine.unknown-above",
                )
            )
        agenda_days, input_days = line.get("dagsorden_dager_før", 7), line.get("innspill_dager_før", 10)
        if input_days <= agenda_days:
            findings.append(
                error(
                    loaded.rel,
                    *at("innspill_dager_før" if "innspill_dager_før" in line else "dagsorden_dager_før"),
                    f"Fristen for innspill ({input_days} dager før møtet) er ikke før dagsordenen skal ut "
                    f"({agenda_days} dager før).",
                    "Innspillene må være inne før dagsordenen sendes: gi «innspill_dager_før» et høyere tall.",
                    "routine.input-after-agenda",
                )
            )
        if line["standardtema"] not in line["temaer_hvert_møte"] + line["temaer_når_aktuelt"]:
            findings.append(
                error(
                    loaded.rel,
                    *at("standardtema"),
                    "Standardtemaet er ikke et av linjens temaer.",
                    "Skriv temaet ordrett som i «temaer_hvert_møte» eller «temaer_når_aktuelt».",
                    "routine.default-topic",
                )
            )
    findings += _cycles(loaded, lines)
    return findings


def _pattern(loaded: Loaded) -> list[Finding]:
    cases = loaded.data["saksnummer"]
    where = yamldoc.position(loaded.nodes, ("saksnummer", "mønster"), 1)
    try:
        pattern = compile_case_pattern(cases["mønster"])
    except PatternError as exc:
        return [error(loaded.rel, *where, str(exc), HINT, "routine.pattern")]
    example = cases.get("eksempel")
    if example is not None and not pattern.fullmatch(example):
        return [
            error(
                loaded.rel,
                *yamldoc.position(loaded.nodes, ("saksnummer", "eksempel"), 1),
                f"Eksempelet «{example}» passer ikke mønsteret for saksnummer.",
                "Rett eksempelet eller mønsteret.",
                "routine.example",
            )
        ]
    return []


def _cycles(loaded: Loaded, lines: list[dict[str, Any]]) -> list[Finding]:
    above = {line["id"]: line.get("rapporterer_til") for line in lines}
    for index, line in enumerate(lines):
        seen, current = {line["id"]}, above.get(line["id"])
        while current is not None and current in above:
            if current in seen:
                return [
                    error(
                        loaded.rel,
                        *yamldoc.position(loaded.nodes, ("linjer", index, "rapporterer_til"), 1),
                        "Linjene rapporterer i ring; en sak kan da meldes opp i det uendelige.",
                        "Den øverste linjen skal ikke ha «rapporterer_til».",
                        "routine.cycle",
                    )
                ]
            seen.add(current)
            current = above.get(current)
    return []
