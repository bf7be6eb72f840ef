"""Read report/arshjul.yaml and build the wheel for a year, with the meetings from the routine.

`plan` turns checked data into activities (pure); `for_year` picks what applies in a year;
reading the file is `read.wheel.read_file`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from rapportlinja.base import yamldoc
from rapportlinja.base.loaded import Loaded
from rapportlinja.meetings.routine import Line
from rapportlinja.report.model import Treatment
from rapportlinja.wheel import elections, meetings
from rapportlinja.wheel.model import Activity, Category, Plan, Timing, Wheel, order_key

WHEEL_FILE = "report/arshjul.yaml"


def timing_of(item: dict[str, Any]) -> Timing | None:
    if "dato" in item:
        month, day = (int(part) for part in item["dato"].split("-"))
        return Timing(month, month, ((month, day),))
    if "periode" in item:
        return Timing(item["periode"]["fra"], item["periode"]["til"])
    if "måned" in item:
        return Timing(item["måned"], item["måned"])
    return None


def plan(loaded: Loaded) -> Plan:
    """Records from a wheel file that has passed `checks.wheel` (no errors)."""
    data = loaded.data
    activities = []
    for index, item in enumerate(data["aktiviteter"]):
        timing = timing_of(item)
        assert timing is not None
        line, _ = yamldoc.position(loaded.nodes, ("aktiviteter", index), 1)
        activities.append(
            Activity(
                title=item["tittel"],
                category=item["kategori"],
                responsible=item["ansvarlig"],
                status=item["status"],
                timing=timing,
                source=loaded.rel,
                line=line,
                note=item.get("merknad", ""),
                year_one=item.get("år_1", False),
                committee=item.get("utvalg"),
            )
        )
    categories = tuple(Category(c["id"], c["navn"]) for c in data["kategorier"])
    return Plan(data["år"], data.get("møtekategori"), categories, tuple(activities))


def _with_treatment(activity: Activity, year: int, treatments: Iterable[Treatment]) -> Activity:
    """Political treatment takes its date from report/rapport.yaml when the committee meets that year."""
    if activity.committee is None:
        return activity
    for treatment in treatments:
        if treatment.committee.casefold() == activity.committee.casefold() and treatment.date.year == year:
            day = (treatment.date.month, treatment.date.day)
            return activity._replace(timing=Timing(day[0], day[0], (day,)))
    return activity


def for_year(
    the_plan: Plan,
    year: int,
    lines: Iterable[Line] = (),
    treatments: Iterable[Treatment] = (),
    today: dt.date | None = None,
    meeting_title: str = meetings.TITLE,
) -> Wheel:
    """The wheel of `year`: year-1 steps only after an election; statuses only in the plan's year."""
    year_one = elections.is_year_one(year)
    chosen = []
    for activity in the_plan.activities:
        if activity.year_one and not year_one:
            continue
        activity = _with_treatment(activity, year, treatments)
        chosen.append(activity if year == the_plan.status_year else activity._replace(status="planlagt"))
    if the_plan.meeting_category:
        chosen += meetings.activities(lines, year, the_plan.meeting_category, today, meeting_title)
    return Wheel(year, year_one, the_plan.categories, tuple(sorted(chosen, key=order_key)))
