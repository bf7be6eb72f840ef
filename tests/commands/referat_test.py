"""`rapport referat ny`: minutes scaffolded from the agenda, checked clean, never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.meetings.helpers import BL, KD, run


def test_scaffold_has_agenda_topics_and_passes_the_check(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "referat", "ny", BL, "--dato", "2026-12-08") == 0
    rel = capsys.readouterr().out.strip()
    assert rel == f"meetings/{BL}/2026-12-08.md"
    text = (example / rel).read_text("utf-8")
    assert "linje: barnevernleder-kommunalsjef\ndato: 2026-12-08\n" in text
    assert "  - tema: 'Alvorlige og kompliserte saker, jf. skjema i Teams: \"Informasjonsdeling barnevern\"'" in text
    assert "  - tema: Internrevisjoner\n" in text  # triggered by an overdue action
    assert "  - tema: Tilsyn\n" in text  # triggered by the open tilsyn in meetings/registre.yaml
    assert "  - tema: Erstatningssaker\n" not in text  # not triggered
    assert run(example, "sjekk", rel) == 0


def test_top_line_scaffold_has_no_escalation(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "referat", "ny", KD, "--dato", "2027-01-27") == 0
    text = (example / capsys.readouterr().out.strip()).read_text("utf-8")
    assert "til_neste_linje" not in text


def test_never_overwrites(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = example / "meetings" / BL / "2026-11-10.md"
    before = existing.read_bytes()
    assert run(example, "referat", "ny", BL, "--dato", "2026-11-10") == 1
    err = capsys.readouterr().err
    assert f"meetings/{BL}/2026-11-10.md finnes allerede og blir ikke overskrevet." in err
    assert "Traceback" not in err
    assert existing.read_bytes() == before


def test_scaffold_comments_follow_the_routine_language(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routine = example / "meetings" / "rutine.yaml"
    routine.write_text(routine.read_text("utf-8").replace("målform: nb", "målform: nn"), encoding="utf-8")
    assert run(example, "referat", "ny", BL, "--dato", "2026-12-08") == 0
    rel = capsys.readouterr().out.strip()
    text = (example / rel).read_text("utf-8")
    assert "# Tema frå dagsordenen. Slett det som ikkje vart handsama;" in text
    assert "# Saker berre som ID-kode, til dømes" in text and "#   - hva: Kva som skal gjerast" in text
    assert "#   - tekst: Kva som blir meldt opp til linja over" in text
    assert "<!-- Korte notat frå møtet. Skriv roller, aldri namn. -->" in text
    for bokmal in ("Temaene fra", "ikke ble behandlet", "Saker bare", "Hva som", "Korte notater", "aldri navn"):
        assert bokmal not in text
    assert "klassifisering: " in text and "temaer:" in text  # keys stay as the schema spells them
    assert run(example, "sjekk", rel) == 0
