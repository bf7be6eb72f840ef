"""Agendas for each line at several dates, against reviewed golden files.

To update after a reviewed change: OPPDATER_FASIT=1 pytest tests/meetings/agenda_test.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.meetings.helpers import BL, KD, KS, agenda, run

GOLDEN = Path(__file__).parent / "golden"
CASES = [
    (BL, "2026-03-10"),  # follow-up marked in February; no line below
    (BL, "2026-12-08"),  # overdue and open actions, follow-up, approval of unapproved minutes
    (KS, "2026-05-21"),  # a media case raised from the line below
    (KS, "2026-12-17"),  # an overdue action and minutes to approve
    (KD, "2026-08-26"),  # half-yearly: items raised since January
    (KD, "2027-01-27"),  # half-yearly: overdue action, item raised in November
]


@pytest.mark.parametrize(("line", "date"), CASES)
def test_agenda_matches_golden_file(example: Path, line: str, date: str) -> None:
    text = agenda(example, line, "--dato", date)
    golden = GOLDEN / f"{line}_{date}.md"
    if os.environ.get("OPPDATER_FASIT"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text("utf-8")


def test_next_meeting_from_today(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "agenda", KD, "--i-dag", "2026-08-27") == 0
    assert capsys.readouterr().out.splitlines() == [
        f"build/agenda/{KD}/2027-01-27.md",
        f"build/agenda/{KD}/2027-01-27.pdf",
    ]


def test_meeting_day_itself_is_next(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "agenda", BL, "--i-dag", "2026-12-08") == 0
    assert f"build/agenda/{BL}/2026-12-08.md" in capsys.readouterr().out


def test_same_inputs_same_bytes(example: Path) -> None:
    first = agenda(example, KS, "--dato", "2026-12-17")
    pdf = (example / "build/agenda" / KS / "2026-12-17.pdf").read_bytes()
    assert agenda(example, KS, "--dato", "2026-12-17") == first
    assert (example / "build/agenda" / KS / "2026-12-17.pdf").read_bytes() == pdf


def test_unknown_line_is_a_clear_error(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "agenda", "barnevernleder-kommunalsjf") == 1
    err = capsys.readouterr().err
    assert "«barnevernleder-kommunalsjf» er ikke en linje i meetings/rutine.yaml" in err
    assert "Mente du «barnevernleder-kommunalsjef»?" in err
    assert "Traceback" not in err


def test_bad_date_option_is_norwegian(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(example, "agenda", BL, "--dato", "10.03.2026")
    assert exit_info.value.code == 2
    assert "ugyldig dato «10.03.2026»; skriv ÅÅÅÅ-MM-DD" in capsys.readouterr().err
