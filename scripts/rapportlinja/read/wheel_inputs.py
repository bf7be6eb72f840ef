"""Everything the wheel needs from a repository, read once: the plan, the routine, the edition."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from rapportlinja.base import findings_text
from rapportlinja.base.errors import UserError
from rapportlinja.base.labels import labels_for
from rapportlinja.base.layout import Layout
from rapportlinja.base.loaded import Loaded
from rapportlinja.meetings.routine import Line
from rapportlinja.read import archive
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.report.model import Treatment, edition_from
from rapportlinja.wheel import load, validate
from rapportlinja.wheel.model import Plan, Wheel


class Inputs(NamedTuple):
    plan: Plan
    lines: tuple[Line, ...]
    treatments: tuple[Treatment, ...]
    language: str

    def wheel(self, year: int, today: dt.date | None) -> Wheel:
        labels = labels_for(self.language)
        frequencies = {line.frequency: labels.frequencies.get(line.frequency, line.frequency) for line in self.lines}
        return load.for_year(self.plan, year, self.lines, self.treatments, today, labels.wheel_meeting, frequencies)


def read_optional(layout: Layout) -> Inputs | None:
    """The inputs, None if there is no report/arshjul.yaml; a UserError (with the findings) if it is broken."""
    loaded = read_file(layout)
    if loaded is None:
        return None
    findings_text.refuse_on_errors(
        loaded.findings + validate.structure(loaded),
        1,
        f"{load.WHEEL_FILE} har feil; rett dem og prøv igjen.",
        "Kjør «rapport sjekk» for å se alle feilene.",
    )
    routine = archive.routine_of(archive.read(layout, ()))
    edition = load_yaml_file(layout.edition_file, layout.rel(layout.edition_file), "rapport")
    record = edition_from(edition.data) if edition.ok else None
    return Inputs(
        plan=load.plan(loaded),
        lines=routine.lines if routine is not None else (),
        treatments=record.treatments if record is not None else (),
        language=record.language if record is not None else "nb",
    )


def read(layout: Layout) -> Inputs:
    inputs = read_optional(layout)
    if inputs is None:
        raise UserError(f"Fant ikke {load.WHEEL_FILE}.", "Årshjulet beskrives i den filen; se README for et eksempel.")
    return inputs


def read_file(layout: Layout) -> Loaded | None:
    """The wheel file, loaded and validated against its schema; None if the repository has none."""
    path = layout.root / load.WHEEL_FILE
    if not path.exists():
        return None
    return load_yaml_file(path, load.WHEEL_FILE, "arshjul")
