"""What the commands read and check before they act, refusing with the findings when anything is broken.

Shared by several commands (not a command itself): the report for bygg, nettside and utgivelse, the
routine, minutes and meeting date for agenda, referat, kalender and the release's agendas.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any, NamedTuple

from rapportlinja.base import clock, findings_text
from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import has_errors
from rapportlinja.base.labels import long_date
from rapportlinja.base.layout import Layout
from rapportlinja.base.personal.masking import UserText
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.checks import scope
from rapportlinja.checks.meetings import check_archive
from rapportlinja.checks.run import check_repository
from rapportlinja.meetings import schedule, workdays
from rapportlinja.meetings.minutes import Minutes
from rapportlinja.meetings.registers import Registers
from rapportlinja.meetings.routine import Line, Routine
from rapportlinja.meetings.state import Meetings
from rapportlinja.read import archive, keyfigures, wheel_inputs
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.read.repository import Repository, read_language
from rapportlinja.report import filing
from rapportlinja.report.snapshot import Snapshot
from rapportlinja.status import board


def load(layout: Layout, line_ids: tuple[str, ...] | None = None) -> Meetings:
    """The routine and the minutes of `line_ids` and the lines below them (default: all lines)."""
    routine = load_routine(layout)
    folders = None
    if line_ids is not None:
        folders = {i for line_id in line_ids for i in (line_id, *(b.id for b in routine.below(line_id)))}
    files = archive.read(layout, sorted(folders) if folders is not None else None)
    findings = check_archive(files)
    findings_text.refuse_on_errors(
        findings,
        len(files.minutes) + 1,
        "Referatene over har feil; rett dem og prøv igjen.",
        "Kjør «rapport sjekk» for å se alle feilene.",
    )
    sys.stderr.write(findings_text.warnings_text(findings, len(files.minutes) + 1))
    return Meetings(routine, archive.history(files), keyfigures.load_figures(layout), archive.registers_of(files))


def load_routine(layout: Layout) -> Routine:
    path = archive.routine_path(layout)
    if not path.exists():
        raise UserError(f"Fant ikke {layout.rel(path)}.", "Rutinen beskriver møtelinjene; se README for et eksempel.")
    files = archive.Archive(layout, archive.read(layout, ()).routine_file, ())
    findings = check_archive(files)
    routine = archive.routine_of(files)
    if has_errors(findings) or routine is None:
        raise UserError(
            "Rutinen i meetings/rutine.yaml har feil; rett dem og prøv igjen.",
            details=findings_text.render(findings, 1),
        )
    return routine


def line_of(routine: Routine, line_id: str) -> Line:
    line = routine.line(line_id)
    if line is None:
        raise UserError(
            f"«{UserText(line_id)}» er ikke en linje i meetings/rutine.yaml.",
            did_you_mean(line_id, routine.ids) or "Linjer: " + ", ".join(routine.ids) + ".",
        )
    return line


def read_checked(repo: Repository, refusal: str) -> Snapshot:
    """The edition and chapters, checked with every check: errors stop the caller with `refusal`, warnings are shown."""
    findings, count = check_repository(repo), scope.checked_count(repo.layout, None)
    findings_text.refuse_on_errors(
        findings, count, f"{refusal} Rett feilene over og prøv igjen.", "Kjør «rapport sjekk» for å se feilene alene."
    )
    sys.stderr.write(findings_text.warnings_text(findings, count, read_language(repo.layout)))
    return repo.snapshot


def meeting_date(line: Line, date: dt.date | None, today: dt.date | None) -> dt.date:
    """The date given, or the line's next meeting on or after today; never a public holiday."""
    if date is not None:
        holiday = workdays.holiday_name(date)
        if holiday is not None:
            planned = schedule.next_meeting(line, date)
            raise UserError(
                f"{long_date(date)} er en offentlig helligdag ({holiday.lower()}); det holdes ikke møte da.",
                f"Neste møte etter rutinen er {long_date(planned)}. Velg den eller en annen virkedag med --dato.",
            )
        return date
    return schedule.next_meeting(line, today or clock.today())


def filing_settings(layout: Layout) -> tuple[dict[str, Any], filing.Settings]:
    """report/rapport.yaml, checked, and its «arkiv» section; refuses when either is missing or broken."""
    rel = layout.rel(layout.edition_file)
    edition = load_yaml_file(layout.edition_file, rel, "rapport")
    if not edition.ok:
        raise UserError(f"{rel} har feil.", "Kjør «rapport sjekk» og rett feilene først.")
    settings = filing.settings_from(edition.data)
    if settings is None:
        raise UserError(
            f"{rel} har ingen «arkiv», så arkivmeldingen vet ikke hvor dokumentet skal arkiveres.",
            "Fyll ut «arkiv» (arkivdel, klassifikasjon, administrativ_enhet) med verdiene fra arkivet; "
            "se README, «Arkivering».",
        )
    return edition.data, settings


class Year(NamedTuple):
    """What `rapport status` and `rapport paminnelser` read: the board and the records it was made from."""

    board: board.Board
    snapshot: Snapshot
    history: dict[str, tuple[Minutes, ...]]
    registers: Registers


def read_year(repo: Repository, refusal: str) -> Year:
    """The repository checked (refused with `refusal` on errors), and the board for today from one reading."""
    today = clock.today()
    snapshot = read_checked(repo, refusal)
    edition = snapshot.edition_record()
    assert edition is not None  # read_checked refused a broken edition
    wheel_data = wheel_inputs.read_optional(repo.layout)
    history = archive.history(repo.archive)
    registers = archive.registers_of(repo.archive)
    built = board.build(
        today=today,
        language=edition.language,
        chapters=snapshot.chapter_records(),
        wheel=wheel_data.wheel(today.year, today) if wheel_data is not None else None,
        routine=archive.routine_of(repo.archive),
        history=history,
        registers=registers,
    )
    return Year(built, snapshot, history, registers)
