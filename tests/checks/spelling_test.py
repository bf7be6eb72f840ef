"""Spelling with Hunspell's Norwegian dictionaries: suggestions in both målformer, the word lists, no dictionary.

The engine and dictionaries are the real ones (Debian's hunspell-no, which .ci/run installs); where they are
absent the tests that need them skip and say so, and the test of the absent case makes the absence itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapportlinja.checks import plaintext, spelling
from rapportlinja.checks.language_rules import rules
from rapportlinja.cli import main

needs = {
    language: pytest.mark.skipif(
        spelling.dictionary_folder(language) is None,
        reason=f"ordboken {spelling.CODES[language]} finnes ikke her (apt-get install hunspell-no)",
    )
    for language in ("nb", "nn")
}
CHAPTER = "report/kapitler/02-om-barnevernet.md"


def _warnings(tmp_path: Path, text: str, language: str, own: frozenset[str] = frozenset()) -> list:  # type: ignore[type-arg]
    folder = spelling.dictionary_folder(language)
    assert folder is not None
    (blocks,) = plaintext.start([text], tmp_path)()
    placed = plaintext.place(blocks, list(enumerate(text.split("\n"), start=1)))
    speller = spelling.Speller(language, folder, tmp_path)
    found = spelling.check("k.md", placed, speller, rules(language).domain_words | own)
    speller.save()
    return found


@needs["nb"]
def test_a_misspelt_bokmal_word_gets_a_suggestion(tmp_path: Path) -> None:
    (found,) = _warnings(tmp_path, "Tjenesten startet en undersøklese i mai.\n", "nb")
    assert (found.line, found.column, found.severity.value) == (1, 22, "advarsel")
    assert found.message == "Ukjent ord: «undersøklese»."
    assert found.hint is not None and found.hint.startswith("Mente du «undersøkelse»")


@needs["nn"]
def test_a_misspelt_nynorsk_word_gets_a_suggestion(tmp_path: Path) -> None:
    (found,) = _warnings(tmp_path, "Barnevernstenesta i kommunnen har ikkje fristbrot.\n", "nn")
    assert found.message == "Ukjent ord: «kommunnen»."
    assert found.hint is not None and found.hint.startswith("Mente du «kommunen»")


@needs["nb"]
def test_domain_words_the_municipalitys_list_names_and_addresses_pass(tmp_path: Path) -> None:
    text = (
        "Barnevernstjenesten laget tiltaksplaner, ettervern og akuttvedtak uten fristbrudd.\n"
        "Kommunedirektøren leste tilstandsrapporten. Kari i Tromsø bruker kvænangsmodellen.\n"
        "Skriv til postmottak@eksempel.kommune.no eller les www.bufdir.no. NAV og KOSTRA er med.\n"
    )
    assert [f.message for f in _warnings(tmp_path, text, "nb")] == ["Ukjent ord: «kvænangsmodellen»."]
    assert _warnings(tmp_path, text, "nb", frozenset({"kvænangsmodellen"})) == []


@needs["nb"]
def test_compounds_of_known_words_pass_but_a_typo_is_not_split_into_short_words(tmp_path: Path) -> None:
    found = _warnings(tmp_path, "Ungdomspanelet laget et informasjonsark for kommunnen.\n", "nb")
    assert [f.message for f in found] == ["Ukjent ord: «kommunnen»."]


@needs["nb"]
def test_a_warm_run_answers_from_the_cache_without_loading_the_dictionary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _warnings(tmp_path, "Tjenesten startet en undersøklese i mai.\n", "nb")
    cached = json.loads((tmp_path / ".sjekk-cache" / "stavekontroll-nb.json").read_text("utf-8"))
    assert cached["ord"]["undersøklese"][0] == "undersøkelse" and cached["ord"]["mai"] is None

    def no_loading(folder: str, code: str) -> None:
        raise AssertionError("a warm run must not load the dictionary")

    monkeypatch.setattr(spelling, "_engine", no_loading)
    (found,) = _warnings(tmp_path, "Tjenesten startet en undersøklese i mai.\n", "nb")
    assert found.message == "Ukjent ord: «undersøklese»."


@needs["nb"]
def test_sjekk_warns_about_an_unknown_word_and_accepts_the_municipalitys_list(example, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    path = example / CHAPTER
    path.write_text(path.read_text("utf-8") + "\nVi startet kvænangsmodellen og en undersøklese.\n", "utf-8")
    (example / "report/ordliste.txt").write_text("# Kommunens egne ord\nKvænangsmodellen\n", "utf-8")
    monkeypatch.chdir(example)
    assert main(["sjekk", "--format", "json"]) == 0  # a warning, never an error
    found = json.loads(capsys.readouterr().out)["funn"]
    assert [(f["kode"], f["melding"]) for f in found] == [("klarsprak.stavefeil", "Ukjent ord: «undersøklese».")]


def test_without_dictionaries_sjekk_says_so_once_and_the_rest_runs(example, monkeypatch, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "ingen-ordbøker"
    empty.mkdir()
    monkeypatch.setenv(spelling.ENVIRONMENT, str(empty))
    monkeypatch.chdir(example)
    assert main(["sjekk", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    skipped = [n for n in report["merknader"] if n["kode"] == "klarsprak.ingen-ordbok"]
    assert len(skipped) == 1 and "Stavekontrollen er hoppet over" in skipped[0]["melding"]
    assert "hunspell-no" in skipped[0]["tips"]
    assert len([n for n in report["merknader"] if n["kode"] == "klarsprak.oversikt"]) == 9  # readability ran


@needs["nb"]
def test_a_word_in_a_script_the_dictionary_cannot_hold_is_not_a_misspelling(tmp_path: Path) -> None:
    """nb_NO is ISO 8859-1: a Greek or Cyrillic word (a quoted title, a name of a law abroad) passes, no crash."""
    assert _warnings(tmp_path, "Rapporten siterer ordet αβγ og ordet мир, og et feilord: undersøklese.\n", "nb")[
        0
    ].message == ("Ukjent ord: «undersøklese».")
