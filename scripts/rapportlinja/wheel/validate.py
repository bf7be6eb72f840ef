"""What the schema cannot say about report/arshjul.yaml, and activities past their deadline."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.base.loaded import Loaded
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.wheel.model import Plan, Wheel


def structure(loaded: Loaded) -> list[Finding]:
    """Timing present and sensible, category ids known and unique: errors with file:line."""
    if not loaded.ok:
        return []
    data: dict[str, Any] = loaded.data
    ids = [c["id"] for c in data["kategorier"]]
    findings = []
    for index, category_id in enumerate(ids):
        if category_id in ids[:index]:
            findings.append(
                _error(
                    loaded,
                    ("kategorier", index, "id"),
                    f"Kategorien «{category_id}» står to ganger.",
                    "Hver ring trenger sin egen id.",
                )
            )
    if data.get("møtekategori") is not None and data["møtekategori"] not in ids:
        findings.append(_unknown(loaded, ("møtekategori",), data["møtekategori"], ids))
    for index, item in enumerate(data["aktiviteter"]):
        path = ("aktiviteter", index)
        if item["kategori"] not in ids:
            findings.append(_unknown(loaded, (*path, "kategori"), item["kategori"], ids))
        given = [key for key in ("måned", "periode", "dato") if key in item]
        if len(given) != 1:
            findings.append(
                _error(
                    loaded,
                    path,
                    "Aktiviteten må ha nøyaktig én av «måned», «periode» og «dato».",
                    'Skriv for eksempel måned: 3, periode: {fra: 1, til: 6} eller dato: "03-15".',
                )
            )
        if "periode" in item and item["periode"]["fra"] > item["periode"]["til"]:
            findings.append(
                _error(
                    loaded,
                    (*path, "periode"),
                    "Perioden slutter før den begynner.",
                    "«fra» må være samme måned som eller før «til»; et årshjul går fra januar til desember.",
                )
            )
        if "dato" in item and not _real_day(item["dato"]):
            findings.append(
                _error(
                    loaded,
                    (*path, "dato"),
                    f"«{item['dato']}» er ikke en dato som finnes hvert år.",
                    "Bruk en dag som finnes i måneden (29. februar finnes ikke hvert år).",
                )
            )
    return findings


def _real_day(text: str) -> bool:
    month, day = (int(part) for part in text.split("-"))
    try:
        dt.date(2023, month, day)  # not a leap year: the day must exist every year
    except ValueError:
        return False
    return True


def _error(loaded: Loaded, path: tuple[Any, ...], message: str, hint: str) -> Finding:
    line, column = yamldoc.position(loaded.nodes, path, 1)
    return error(loaded.rel, line, column, message, hint, "wheel.structure")


def _unknown(loaded: Loaded, path: tuple[Any, ...], value: str, ids: list[str]) -> Finding:
    return _error(
        loaded,
        path,
        f"«{value}» er ikke en av kategoriene i årshjulet.",
        did_you_mean(value, ids) or "Kategorier: " + ", ".join(ids) + ".",
    )


def past_due(wheel: Wheel, plan: Plan, today: dt.date) -> list[Finding]:
    """Warnings for activities of the plan's year whose deadline has passed and that are not done.

    Only a live cycle warns: the statuses in the wheel file describe one year, and once that year is over
    its deadlines are history (the file is reviewed and its statuses reset for the next year, as its own
    last activity says). A warning about last year's plan on every check for the rest of time would teach
    people to ignore warnings.
    """
    if wheel.year != plan.status_year or today.year != wheel.year:
        return []
    findings = []
    for number, activity in wheel.numbered():
        deadline = activity.timing.deadline(wheel.year)
        if activity.derived or activity.status == "ferdig" or deadline >= today:
            continue
        findings.append(
            warning(
                activity.source,
                activity.line,
                0,
                f"Aktivitet {number} i årshjulet, «{activity.title}», hadde frist {deadline.isoformat()} "
                f"og har status «{activity.status}».",
                "Sett «status: ferdig» når den er gjort, eller flytt fristen.",
                "wheel.past-due",
            )
        )
    return findings
