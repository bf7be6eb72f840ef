"""`rapport kalender [--år ÅÅÅÅ]`: the routine's meetings as an .ics file in build/."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from rapportlinja.base import atomic, clock, confine
from rapportlinja.base import layout as layout_module
from rapportlinja.meetings import ical
from rapportlinja.pipeline import inputs


def output_path(root: Path, year: int) -> Path:
    return confine.resolve(root, f"build/kalender/rapporteringsmoter-{year}.ics")


def run(year: int | None = None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    routine = inputs.load_routine(layout)
    year = year or clock.today().year
    data = ical.calendar_bytes(routine, year)
    parsed = Calendar.from_ical(data)  # read back: what we publish must parse
    assert len(parsed.walk("VEVENT")) <= len(routine.lines)
    path = output_path(layout.root, year)
    atomic.write_bytes(path, data)
    print(layout.rel(path))
    return 0
