"""`rapport status` on the example: chapters, deadlines, meetings, actions and registers, in nb and nn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapportlinja.base.personal.scanner import scan_text
from tests.meetings.helpers import run


def board(root: Path, capsys: pytest.CaptureFixture[str], *options: str) -> str:
    assert run(root, "status", "--i-dag", "2026-12-06", *options) == 0
    return capsys.readouterr().out


def test_the_example_board_shows_the_year(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = board(example, capsys)
    assert out.startswith("Status for rapporteringen 6. desember 2026\n")
    assert "Temaområder (05-temaomrader.md): til gjennomgang. Ansvarlig: fagleder." in out
    assert "Bemanning og kompetanse (04-bemanning-og-kompetanse.md): godkjent." in out
    # The next meeting of each line with the routine's own deadlines.
    assert "Neste møte 8. desember 2026. Innspill innen 27. november 2026; dagsorden ut innen 1. desember 2026." in out
    assert "Neste møte 27. januar 2027." in out
    # One overdue action, and the open tilsyn with its open finding.
    assert "Gjennomføre internrevisjon av et utvalg tiltaksplaner (ansvarlig: barnevernleder) – frist passert" in out
    assert "Tilsyn TILSYN-2026-1: Statsforvalterens tilsyn med barnevernstjenestens undersøkelser." in out
    assert "Åpne funn: 1, med passert frist: 0. Neste frist 15. desember 2026." in out
    assert "31. desember 2026: Årshjulet for neste år gjennomgås" in out
    assert scan_text(out) == []  # no ID number, phone number or e-mail address


def test_an_agenda_not_out_by_its_day_is_late(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = board(example, capsys)
    assert "Dagsordenen skulle vært sendt 1. desember 2026, og referatutkastet for møtet finnes ikke ennå." in out
    # The convener starts the minutes from the agenda: then it is out.
    assert run(example, "referat", "ny", "barnevernleder-kommunalsjef", "--dato", "2026-12-08") == 0
    capsys.readouterr()
    assert "Dagsordenen skulle vært sendt" not in board(example, capsys)


def test_nynorsk(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edition = example / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8").replace("målform: nb", "målform: nn"), encoding="utf-8")
    out = board(example, capsys)
    assert out.startswith("Status for rapporteringa 6. desember 2026\n")
    assert "Innspel innan 27. november 2026; dagsorden ut innan 1. desember 2026." in out
    assert "Opne funn: 1" in out
    for bokmål in ("Ansvarlig:", "Åpne funn", "ikke", "innen"):
        assert bokmål not in out


def test_json_for_machines(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(board(example, capsys, "--format", "json"))
    assert data["today"] == "2026-12-06" and data["language"] == "nb"
    assert [r["id"] for r in data["registers"]] == ["TILSYN-2026-1"]
    assert data["late"] >= 2
    line = next(line for line in data["lines"] if line["id"] == "barnevernleder-kommunalsjef")
    assert line["agenda_due"] == "2026-12-01" and any(a["late"] for a in line["actions"])


def test_markdown_to_a_file_inside_the_repository(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "status", "--format", "markdown", "--ut", "build/status.md") == 0
    text = (example / "build/status.md").read_text("utf-8")
    assert text.startswith("# Status for rapporteringen") and "\n## Registrene\n" in text
    assert run(example, "status", "--ut", "../utenfor.md") == 1
    assert "ligger utenfor repositoriet" in capsys.readouterr().err
    assert not (example.parent / "utenfor.md").exists()


def test_a_broken_register_stops_the_board(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registers = example / "meetings/registre.yaml"
    registers.write_text(registers.read_text("utf-8").replace("varslet:", "varsla:"), encoding="utf-8")
    assert run(example, "status") == 1
    assert "meetings/registre.yaml" in capsys.readouterr().err
