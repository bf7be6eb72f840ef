"""The public wheel: the table without status, and without the notes the service writes to itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja import cli
from rapportlinja.wheel import public, table
from tests.wheel.helpers import wheel


def test_the_command_list_is_the_tools() -> None:
    assert set(public.COMMANDS) == set(cli.COMMANDS)


@pytest.mark.parametrize(
    "note",
    [
        "Lag skjemaet med «rapport undersokelse skjema».",
        "«rapport undersokelse importer FIL»; grupper med færre enn 5 svar vises ikke.",
        "Kjør Rapport Bygg før møtet.",
        "Tallene står i report/data/nokkeltall.csv.",
        "Lagre eksporten i ~/Nedlastinger først.",
        "Se .github/CODEOWNERS.",
        "Svarene ligger i Nedlastinger/samarbeid.xlsx.",
    ],
)
def test_working_notes(note: str) -> None:
    assert public.is_working_note(note)


@pytest.mark.parametrize(
    "note",
    [
        "Fristen står i Statsforvalterens brev.",
        "Status for tiltakene meldes til kontrollutvalget; rapport til kommunestyret i juni.",
        "Helse/skole og NAV inviteres tidlig.",
        "Bruk eksempler under «Presentasjon av virksomheten».",
        "",
    ],
)
def test_notes_for_the_reader(note: str) -> None:
    assert not public.is_working_note(note)


def test_public_rows_have_the_same_numbers_and_no_status_or_working_notes(example: Path) -> None:
    the_wheel = wheel(example, 2026)
    internal = table.rows(the_wheel, "nb")
    shown = public.rows(the_wheel, "nb")
    assert [(r.number, r.title) for r in shown] == [(r.number, r.title) for r in internal]
    assert "status" not in public.Row._fields
    notes = " ".join(r.note for r in shown)
    assert "rapport undersokelse" not in notes
    assert "Fristen står i Statsforvalterens brev." in notes
    # The internal table keeps them: `rapport arshjul` is the service's own tool.
    assert any("rapport undersokelse importer FIL" in r.note for r in internal)
