"""`rapport agenda --alle`: draft agendas for the coming period (what CI uploads); a line or --alle is needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.cli import main


@pytest.mark.slow  # writes agenda PDFs with Typst
def test_all_upcoming_agendas_go_to_build_agendaer(example: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(example)
    assert main(["agenda", "--alle", "--i-dag", "2026-12-01"]) == 0
    written = sorted((example / "build/agendaer").glob("agenda-*.pdf"))
    assert written, "ingen møter de neste to månedene i eksempelet"
    assert f"{len(written)} agendaer i build/agendaer/" in capsys.readouterr().out


def test_without_a_line_or_alle_is_a_clear_error(example: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(example)
    assert main(["agenda"]) == 1
    assert "Skriv hvilken linje agendaen gjelder." in capsys.readouterr().err
