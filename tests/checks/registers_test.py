"""`rapport sjekk` on meetings/registre.yaml: file and line, case IDs never repeated, roles and dates that agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.meetings.helpers import BL, run

REGISTERS = "meetings/registre.yaml"


def check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run(root, "sjekk")
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def edit(root: Path, old: str, new: str) -> int:
    """Replace `old` in the registers file; returns the 1-based line where `new` starts."""
    path = root / REGISTERS
    text = path.read_text("utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text[: text.index(new)].count("\n") + 1


def test_the_example_registers_pass(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = check(example, capsys)
    assert code == 0 and "registre" not in out, out


def test_text_in_place_of_a_case_id_is_refused_and_not_repeated(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = edit(
        example, "    ansvarlig: barnevernleder\n", "    ansvarlig: barnevernleder\n    saker: [Gutten på Moen]\n"
    )
    code, out = check(example, capsys)
    assert code == 1
    assert f"{REGISTERS}:{line + 1}:" in out and "Punkt 1 i «saker» er ikke en saks-ID." in out
    assert "Moen" not in out


def test_a_name_in_place_of_a_role_is_a_warning(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = edit(example, "    ansvarlig: barnevernleder\n", "    ansvarlig: fagansvarlig Hansen\n")
    _, out = check(example, capsys)
    assert f"{REGISTERS}:{line}:" in out and "«ansvarlig» er ikke en rolle i meetings/rutine.yaml." in out
    assert "Hansen" not in out.split("tips:")[0]


def test_an_unknown_key_is_a_schema_error_with_its_line(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = edit(example, "    varslet: 2026-03-02\n", "    varslet: 2026-03-02\n    status: åpen\n")
    code, out = check(example, capsys)
    assert code == 1 and f"{REGISTERS}:{line + 1}:" in out
    assert run(example, "agenda", BL) == 1  # the agenda refuses what sjekk refuses


def test_milestones_out_of_order(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = edit(example, "    endelig_rapport: 2026-09-25\n", "    endelig_rapport: 2026-05-25\n")
    code, out = check(example, capsys)
    assert code == 1
    assert f"{REGISTERS}:{line}:" in out and "«endelig_rapport» er før «kommentarer_sendt»." in out


def test_a_closed_entry_with_an_open_finding_is_a_warning(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(example, "    endelig_rapport: 2026-09-25\n", "    endelig_rapport: 2026-09-25\n    lukket: 2026-12-20\n")
    code, out = check(example, capsys)
    assert code == 0
    assert "Oppføringen er lukket, men funn 1 har ingen dato i «lukket»." in out


def test_a_repeated_id(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(
        example,
        "internrevisjon: []",
        "internrevisjon:\n  - id: TILSYN-2026-1\n    tittel: Tiltaksplaner\n    ansvarlig: fagleder\n"
        "    åpnet: 2026-09-01",
    )
    code, out = check(example, capsys)
    assert code == 1 and "ID-en «TILSYN-2026-1» står flere ganger." in out


def test_an_input_deadline_after_the_agenda_is_refused(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routine = example / "meetings/rutine.yaml"
    text = routine.read_text("utf-8").replace(
        "    varighet_minutter: 60\n", "    varighet_minutter: 60\n    dagsorden_dager_før: 10\n", 1
    )
    routine.write_text(text, encoding="utf-8")
    code, out = check(example, capsys)
    assert code == 1 and "Fristen for innspill (10 dager før møtet) er ikke før dagsordenen skal ut" in out
