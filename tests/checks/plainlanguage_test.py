"""Klarspråk in `rapport sjekk` on the example: LIX and the longest sentences per chapter, in nb and nn,
as notes that never make a clean report unclean; cached per chapter; only the selected files with paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapportlinja.checks import spelling
from rapportlinja.cli import main

CHAPTERS = 9
ONE = "report/kapitler/03-virksomhet-og-organisering.md"


def _sjekk(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(root)
    code = main(["sjekk", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_chapter_gets_its_lix_and_longest_sentences(example, monkeypatch, capsys, language) -> None:  # type: ignore[no-untyped-def]
    edition = example / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8").replace("målform: nb", f"målform: {language}"), "utf-8")
    code, report = _sjekk(example, monkeypatch, capsys)
    assert code == 0
    overviews = {n["fil"]: n for n in report["merknader"] if n["kode"] == "klarsprak.oversikt"}
    assert len(overviews) == CHAPTERS
    first = overviews[ONE]
    assert first["alvorlighet"] == "merknad" and first["linje"] > 0
    assert first["melding"].startswith("LIX ") and "Lengste setninger: linje " in first["melding"]
    if language == "nb":
        assert report["funn"] == []  # the example is clean: notes are advice, not warnings
    else:  # the example's chapters are bokmål: each is reported once, not word by word
        chapters = [f for f in report["funn"] if f["fil"].startswith("report/kapitler/")]
        assert {f["kode"] for f in chapters} == {"klarsprak.malform"}
        assert len(chapters) == CHAPTERS
        # Switched by hand, not by `rapport oppsett`: the data files are still bokmål, and say so once each.
        assert {f["kode"] for f in report["funn"] if f not in chapters} <= {"language.bokmal"}


def test_text_output_shows_notes_after_the_verdict(example, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(example)
    assert main(["sjekk", "--format", "text"]) == 0
    out = capsys.readouterr().out
    verdict, _, notes = out.partition("\n\nMerknader om språket (")
    assert verdict.startswith("Ingen feil i")
    assert f"{ONE}:" in notes and ": merknad: LIX " in notes


def test_github_shows_notes_as_notices(example, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(example)
    assert main(["sjekk", "--format", "github"]) == 0
    out = capsys.readouterr().out
    assert f"::notice file={ONE},line=" in out and "::warning" not in out and "::error" not in out


def test_thresholds_come_from_the_edition_and_the_cache_sees_a_change(example, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _, before = _sjekk(example, monkeypatch, capsys)
    assert (example / "build/.sjekk-cache/klarsprak.json").is_file()
    long_before = [n for n in before["merknader"] if n["kode"] == "klarsprak.lang-setning"]
    edition = example / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8") + "klarspråk:\n  setning_ord: 12\n", "utf-8")
    code, after = _sjekk(example, monkeypatch, capsys)
    long_after = [n for n in after["merknader"] if n["kode"] == "klarsprak.lang-setning"]
    assert code == 0 and len(long_after) > len(long_before)
    assert all("(grensen er 12)" in n["melding"] for n in long_after)


def test_a_warm_run_reports_the_same(example, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _, cold = _sjekk(example, monkeypatch, capsys)
    _, warm = _sjekk(example, monkeypatch, capsys)
    assert warm == cold


def test_selected_files_get_their_own_notes_only(example, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, report = _sjekk(example, monkeypatch, capsys, ONE)
    assert code == 0
    assert {n["fil"] for n in report["merknader"]} == {ONE}


def test_spelling_can_be_turned_off(example, monkeypatch, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "ingen"
    empty.mkdir()
    monkeypatch.setenv(spelling.ENVIRONMENT, str(empty))
    edition = example / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8") + "klarspråk:\n  stavekontroll: false\n", "utf-8")
    _, report = _sjekk(example, monkeypatch, capsys)
    assert not [n for n in report["merknader"] if n["kode"] == "klarsprak.ingen-ordbok"]


def test_a_wrong_threshold_is_a_schema_error(example, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    edition = example / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8") + "klarspråk:\n  setning_ord: mange\n", "utf-8")
    code, report = _sjekk(example, monkeypatch, capsys)
    assert code == 1
    assert any(f["fil"] == "report/rapport.yaml" and "heltall" in f["melding"] for f in report["funn"])
