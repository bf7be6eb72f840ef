"""A figure typed into a chapter's table that contradicts nokkeltall.csv is a warning; a block avoids it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.keyfigures.periods import Period
from rapportlinja.keyfigures.tablecheck import number_of, period_of
from tests.meetings.helpers import run

STAFF = "report/kapitler/04-bemanning-og-kompetanse.md"
TOPICS = "report/kapitler/05-temaomrader.md"


def sjekk(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run(root, "sjekk")
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_example_agrees_with_its_data(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = sjekk(example, capsys)
    assert code == 0 and "nokkeltall" not in out and "stemmer ikke" not in out, out


def test_sick_leave_contradicting_the_data_is_a_warning(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example / STAFF
    text = path.read_text("utf-8")
    line = text.splitlines().index(next(r for r in text.splitlines() if r.startswith("| 2025 "))) + 1
    path.write_text(text.replace("|      7,6 % |", "|     10,8 % |"), encoding="utf-8")
    code, out = sjekk(example, capsys)
    assert code == 0  # a warning, not an error
    assert (
        f"{STAFF}:{line}:1: advarsel: 10,8 % for «Sykefravær i barnevernstjenesten» (Eksempel kommune, 2025) "
        "stemmer ikke med report/data/nokkeltall.csv (7,6\u00a0%)."
    ) in out
    assert "```nokkeltall-blokk" in out


def test_a_region_column_is_compared_with_that_region(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example / TOPICS
    text = path.read_text("utf-8")
    row = next(r for r in text.splitlines() if r.startswith("| 2025 ") and "192" in r)
    cells = row.split("|")
    cells[4] = cells[4].replace("3,6 %", "3,9 %")  # Landet, andel av innbyggere 0–17 år
    path.write_text(text.replace(row, "|".join(cells)), encoding="utf-8")
    code, out = sjekk(example, capsys)
    assert code == 0
    assert "3,9 % for «Andel barn med barnevernstiltak i forhold til innbyggere 0–17 år» (Landet, 2025)" in out


def test_cells_and_periods_are_read_as_people_write_them() -> None:
    assert number_of("7,6 %") == (7.6, 1) and number_of("15 230") == (15230.0, 0)
    assert number_of("–") is None and number_of("ca. 4") is None
    assert period_of("1. halvår 2025") == Period(2025, 1) and period_of("2025H2") == Period(2025, 2)
    assert period_of("2025") == Period(2025, 0) and period_of("Sum") is None


def test_periods_read_as_norwegian() -> None:
    assert Period(2025, 1).label == "1. halvår 2025" and Period(2025, 0).label == "2025"
    assert str(Period(2025, 1)) == "2025H1"  # the data file keeps its spelling
