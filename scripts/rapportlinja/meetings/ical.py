"""The routine as an RFC 5545 calendar: one recurring event per line, in Europe/Oslo time.

The rule gives the cadence; a day the cadence puts on a public holiday is left out with EXDATE
and, when the routine moves the meeting, added back on the working day with RDATE.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from rapportlinja.base.labels import Labels, labels_for
from rapportlinja.meetings import schedule
from rapportlinja.meetings.routine import ALL_MONTHS, Line, Routine

TIMEZONE = "Europe/Oslo"
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def uid(line: Line, year: int) -> str:
    """Stable: the same line and year always get the same UID, so a re-import updates, not duplicates."""
    return f"{line.id}-{year}@rapportlinja"


def rule(line: Line, year: int) -> dict[str, object]:
    recur: dict[str, object] = {
        "freq": "monthly",
        "byday": f"{line.week_of_month}{DAY_CODES[line.weekday]}",
        "until": dt.datetime(year, 12, 31, 22, 59, 59, tzinfo=dt.UTC),
    }
    if line.months != ALL_MONTHS:
        recur["bymonth"] = list(line.months)
    return recur


def exceptions(line: Line, year: int) -> tuple[list[dt.date], list[dt.date]]:
    """(EXDATE, RDATE): the cadence's days that are not meeting days, and the meeting days it does not give."""
    nominal = [schedule.nominal_in(line, year, month) for month in line.months]
    actual = schedule.meetings_between(line, dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
    return [d for d in nominal if d not in actual], [d for d in actual if d not in nominal]


def _at(day: dt.date, line: Line) -> dt.datetime:
    return dt.datetime.combine(day, line.start, tzinfo=ZoneInfo(TIMEZONE))


def event(line: Line, year: int, labels: Labels) -> Event | None:
    dates = schedule.meetings_between(line, dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
    if not dates or not line.months:
        return None
    first = schedule.nominal_in(line, year, line.months[0])  # DTSTART must be the rule's first day
    start = _at(first, line)
    excluded, added = exceptions(line, year)
    description = []
    if line.convener:
        description.append(f"{labels.convener}: {line.convener}")
    description += [
        f"{labels.fixed_topics}:",
        *(f"- {topic}" for topic in line.fixed_topics),
        "",
        labels.calendar_agenda.format(line=line.id),
    ]
    item = Event()
    item.add("uid", uid(line, year))
    item.add("dtstamp", dt.datetime(year, 1, 1, tzinfo=dt.UTC))  # from the input, so the file is reproducible
    item.add("dtstart", start)
    item.add("dtend", start + dt.timedelta(minutes=line.minutes_long))
    item.add("rrule", rule(line, year))
    if excluded:
        item.add("exdate", [_at(day, line) for day in excluded])
    if added:
        item.add("rdate", [_at(day, line) for day in added])
    if line.place or line.meeting_link:
        item.add("location", line.place or line.meeting_link)
    item.add("summary", labels.calendar_summary.format(reporter=line.reporter, recipient=line.recipient))
    item.add("description", "\n".join(description))
    item.add("categories", [line.id])
    return item


def calendar_bytes(routine: Routine, year: int) -> bytes:
    labels = labels_for(routine.language)
    cal = Calendar()
    cal.add("prodid", "-//Rapportlinja//rapport kalender//NO")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", labels.calendar_name.format(year=year))
    cal.add("x-wr-timezone", TIMEZONE)
    for line in routine.lines:
        item = event(line, year, labels)
        if item is not None:
            cal.add_component(item)
    cal.add_missing_timezones(first_date=dt.date(year - 1, 1, 1), last_date=dt.date(year + 2, 1, 1))
    data: bytes = cal.to_ical()
    return data
