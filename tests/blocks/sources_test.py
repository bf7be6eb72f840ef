"""The ```kilder block: the built report's source note names exactly the tables of the indicator file."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.layout import Layout
from rapportlinja.blocks import registry
from rapportlinja.blocks.kind import Context
from rapportlinja.cli import main
from rapportlinja.read import keyfigures

CHAPTER = "report/kapitler/05-temaomrader.md"


def sjekk(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        code = main(["sjekk"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def rendered(root: Path, language: str = "nb") -> str:
    figures = keyfigures.require(Layout(root))
    context = Context(root, language, 2025, figures, rel=CHAPTER)
    # Unescaped: the note is Markdown with the user's punctuation escaped; the words are what matter here.
    return registry.expand("```kilder\n```\n", context).markdown.replace("\\", "")


def test_the_note_names_each_table_with_title_years_page_and_that_it_is_unchecked(example: Path) -> None:
    text = rendered(example)
    assert text.startswith("Kilder for nøkkeltallene:")
    assert "tabell 12275 «Barn med tiltak i løpet av året og per 31. desember (K)», tall for 2021–2025" in text
    assert "<https://www.ssb.no/statbank/table/12275>" in text
    assert text.count("ikke kontrollert mot SSBs metadata") == 5
    # The closed county tables the hand-written note once cited are gone.
    assert "09050" not in text and "11600" not in text
    assert "Egen registrering i barnevernstjenesten: andel barn med hjelpetiltak som har evaluert plan" in text


def test_nynorsk_note(example: Path) -> None:
    text = rendered(example, "nn")
    assert text.startswith("Kjelder for nøkkeltala:") and "tal for 2021–2025" in text


def test_a_confirmed_table_says_where(example: Path) -> None:
    path = example / "report/data/indikatorer.yaml"
    text = path.read_text("utf-8")
    page = "https://data.ssb.no/api/pxwebapi/v2/tables/12305/metadata"
    start = text.index('ssb_tabell: "12305"')
    line_start = text.index("ubekreftet:", start)
    line_end = text.index("\n", line_start)
    path.write_text(text[:line_start] + f"bekreftet: {page}" + text[line_end:], encoding="utf-8")
    assert f"Tabell og kode er kontrollert mot {page}" in rendered(example)


def test_the_example_cites_no_table_no_indicator_uses(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = sjekk(example, capsys)
    assert code == 0 and "nokkeltall.cited-table" not in out and "advarsel" not in out


def test_a_chapter_citing_a_closed_table_is_warned_at_its_line(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = example / CHAPTER
    text = path.read_text("utf-8")
    path.write_text(text + "\nSe også SSB, tabell 09050, for barn med tiltak.\n", encoding="utf-8")
    code, out = sjekk(example, capsys)
    line = text.count("\n") + 2
    assert code == 0
    assert f"{CHAPTER}:{line}:" in out and "SSB-tabell 09050" in out and "12275" in out


def test_an_unconfirmed_source_must_say_why(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example / "report/data/indikatorer.yaml"
    text = path.read_text("utf-8")
    start = text.index('ssb_tabell: "12305"')
    line_start = text.index("      ubekreftet:", start)
    line_end = text.index("\n", line_start)
    path.write_text(text[:line_start] + text[line_end + 1 :], encoding="utf-8")
    code, out = sjekk(example, capsys)
    assert code == 1 and "ubekreftet" in out


def test_options_are_refused(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example / CHAPTER
    path.write_text(path.read_text("utf-8").replace("```kilder\n```", "```kilder\når: 2025\n```"), encoding="utf-8")
    code, out = sjekk(example, capsys)
    assert code == 1 and "Kilder-blokken tar ingen valg" in out
