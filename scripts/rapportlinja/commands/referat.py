"""`rapport referat ny LINJE [--dato D]`: new minutes from the meeting's agenda; never overwrites.
`rapport referat pdf LINJE --dato D`: approved minutes as a PDF/A record for the archive.
`rapport referat arkiv LINJE --dato D`: the same PDF/A with its arkivmelding.xml (Fiks Arkiv), ready to file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapportlinja.base import atomic
from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.meetings import agenda, scaffold
from rapportlinja.pipeline import inputs
from rapportlinja.render import filing
from rapportlinja.render import minutes_pdf as recordpdf


def run_new(line_id: str, date: dt.date | None = None, today: dt.date | None = None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    line = inputs.line_of(inputs.load_routine(layout), line_id)
    when = inputs.meeting_date(line, date, today)
    path = layout.meetings / line.id / f"{when.isoformat()}.md"
    if path.exists():
        raise UserError(
            f"{layout.rel(path)} finnes allerede og blir ikke overskrevet.",
            "Åpne filen og skriv videre i den, eller velg en annen dato med --dato.",
        )
    meetings = inputs.load(layout, (line.id,))
    built = agenda.build(
        meetings.routine, line, when, meetings.history, figures=meetings.figures, registers=meetings.registers
    )
    text = scaffold.minutes_text(built, meetings.routine)
    try:
        atomic.create_text(path, text)
    except FileExistsError:
        raise UserError(
            f"{layout.rel(path)} ble opprettet av noen andre i mellomtiden og blir ikke overskrevet."
        ) from None
    print(layout.rel(path))
    return 0


def run_pdf(line_id: str, date: dt.date, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    routine = inputs.load_routine(layout)
    line = inputs.line_of(routine, line_id)
    print(layout.rel(recordpdf.write(layout, routine, line.id, date)))
    return 0


def run_filing(line_id: str, date: dt.date, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    edition, settings = inputs.filing_settings(layout)
    routine = inputs.load_routine(layout)
    line = inputs.line_of(routine, line_id)
    built = recordpdf.build(layout, routine, line.id, date)
    record = filing.minutes_record(built.minutes, routine, settings, edition["kommune"]["nummer"], built.pdf)
    out = filing.write_package(layout.build / "arkiv" / "referat" / line.id / date.isoformat(), built.pdf, record)
    print(layout.rel(out / filing.MESSAGE))
    return 0
