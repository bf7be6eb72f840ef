"""Load the routine and the minutes an agenda needs, refusing with the findings if any is broken."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import NamedTuple

from rapportlinja.checks.meetings import check_archive
from rapportlinja.errors import UserError
from rapportlinja.figures import meeting
from rapportlinja.figures.store import Figures
from rapportlinja.layout import Layout
from rapportlinja.meetings import archive
from rapportlinja.meetings.minutes import Minutes
from rapportlinja.meetings.routine import Line, Routine
from rapportlinja.privacy.masking import UserText
from rapportlinja.reporters import text
from rapportlinja.validation.findings import has_errors
from rapportlinja.validation.suggest import did_you_mean


class Meetings(NamedTuple):
    routine: Routine
    history: Mapping[str, tuple[Minutes, ...]]
    figures: Figures | None = None  # key figures, for «Nøkkeltall – avvik fra normalen»


def load(layout: Layout, line_ids: tuple[str, ...] | None = None) -> Meetings:
    """The routine and the minutes of `line_ids` and the lines below them (default: all lines)."""
    routine = load_routine(layout)
    folders = None
    if line_ids is not None:
        folders = {i for line_id in line_ids for i in (line_id, *(b.id for b in routine.below(line_id)))}
    store = archive.read(layout, sorted(folders) if folders is not None else None)
    text.refuse_on_errors(
        check_archive(store),
        len(store.minutes) + 1,
        "Referatene over har feil; rett dem og prøv igjen.",
        "Kjør «rapport sjekk» for å se alle feilene.",
        show_warnings=True,
    )
    return Meetings(routine, archive.history(store), meeting.load_figures(layout))


def load_routine(layout: Layout) -> Routine:
    path = archive.routine_path(layout)
    if not path.exists():
        raise UserError(f"Fant ikke {layout.rel(path)}.", "Rutinen beskriver møtelinjene; se README for et eksempel.")
    store = archive.Archive(layout, archive.read(layout, ()).routine_file, ())
    findings = check_archive(store)
    routine = archive.routine_of(store)
    if has_errors(findings) or routine is None:
        sys.stderr.write(text.render(findings, 1))
        raise UserError("Rutinen i meetings/rutine.yaml har feil; rett dem og prøv igjen.")
    return routine


def line_of(routine: Routine, line_id: str) -> Line:
    line = routine.line(line_id)
    if line is None:
        raise UserError(
            f"«{UserText(line_id)}» er ikke en linje i meetings/rutine.yaml.",
            did_you_mean(line_id, routine.ids) or "Linjer: " + ", ".join(routine.ids) + ".",
        )
    return line
