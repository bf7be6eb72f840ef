"""`rapport saksframlegg`: writes the skeleton for this year's report to build/, and refuses a broken edition."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.meetings.helpers import run


def test_writes_the_skeleton_from_the_edition(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "saksframlegg") == 0
    assert capsys.readouterr().out.strip() == "build/saksframlegg-2025.md"
    made = (example / "build" / "saksframlegg-2025.md").read_text("utf-8")
    assert "Oppvekstutvalget 15\\. april 2026; Kommunestyret 6\\. mai 2026" in made
    assert "Kommunestyret tar «Tilstandsrapport for barnevernstjenesten 2025» til orientering." in made


def test_a_broken_edition_is_refused_without_a_traceback(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (example / "report" / "rapport.yaml").write_text("kommune: [\n", "utf-8")
    assert run(example, "saksframlegg") == 1
    err = capsys.readouterr().err
    assert "report/rapport.yaml har feil" in err and "Traceback" not in err
