"""The ```register block: the registers file as a table, public-safe, in nb and nn; sjekk refuses bad options."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.blocks import registry
from rapportlinja.blocks.kind import Context
from rapportlinja.cli import main

CHAPTER = "report/kapitler/08-utfordringsbildet.md"


def rendered(root: Path, text: str, language: str = "nb") -> str:
    context = Context(root, language, 2025, None, rel=CHAPTER)
    return registry.expand(text, context).markdown.replace("\\", "")


def test_the_tilsyn_is_a_table_with_milestones_and_findings_and_no_case_id(example: Path) -> None:
    registers = example / "meetings/registre.yaml"
    text = registers.read_text("utf-8")
    registers.write_text(
        text.replace("    ansvarlig: barnevernleder\n", "    ansvarlig: barnevernleder\n    saker: [BV-2026-041]\n", 1),
        "utf-8",
    )
    table = rendered(example, "```register\ntype: tilsyn\n```\n")
    assert table.startswith("| Sak | Ansvarlig | Gangen | Funn og frister |\n|---|---|---|---|\n")
    assert (
        "| Tilsyn TILSYN-2026-1: Statsforvalterens tilsyn med barnevernstjenestens undersøkelser | barnevernleder |"
        in table
    )
    assert "varslet 2. mars 2026; foreløpig rapport 22. juni 2026;" in table
    assert (
        "1) Ikke alle undersøkelser ble avsluttet innen fristen i barnevernsloven § 2-2 (frist 15. desember 2026)"
        in table
    )
    assert "(frist 1. november 2026; lukket 28. oktober 2026)" in table
    assert ": Tilsyn: registeret (meetings/registre.yaml)" in table
    assert "BV-2026-041" not in table  # a public chapter never carries case IDs


def test_nynorsk_and_an_empty_register(example: Path) -> None:
    table = rendered(example, "```register\ntype: tilsyn\n```\n", "nn")
    assert "| Sak | Ansvarleg | Gangen | Funn og fristar |" in table and "førebels rapport" in table
    assert rendered(example, "```register\ntype: internrevisjon\n```\n").strip() == "Ingen oppføringer i registeret."


def test_sjekk_refuses_an_unknown_register_at_its_line(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example / CHAPTER
    path.write_text(path.read_text("utf-8") + "\n```register\ntype: tilsynet\n```\n", encoding="utf-8")
    line = path.read_text("utf-8").split("\n").index("type: tilsynet") + 1
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(example)
        assert main(["sjekk", CHAPTER]) == 1
    out = capsys.readouterr().err
    assert f"{CHAPTER}:{line}:1: feil: Register-blokken tar bare «type: <register>»." in out
    assert "Velg mellom erstatningssak, internrevisjon, ros_analyse, tilsyn." in out


def test_sjekk_says_when_there_is_no_registers_file(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (example / "meetings/registre.yaml").unlink()
    path = example / CHAPTER
    path.write_text(path.read_text("utf-8") + "\n```register\n```\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(example)
        assert main(["sjekk", CHAPTER]) == 1
    assert "men meetings/registre.yaml finnes ikke" in capsys.readouterr().err
