"""find_probable_names: a warning for given names in meeting minutes."""

from __future__ import annotations

import pytest

from rapportlinja.privacy import NameHit, find_probable_names
from rapportlinja.privacy.names_data import GIVEN_NAMES, WORD_NAMES


def names(text: str) -> list[str]:
    return [hit.name for hit in find_probable_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kari var på møtet.", ["Kari"]),
        ("Barnevernleder og Kari deltok.", ["Kari"]),
        ("Møtet med Per ble utsatt.", ["Per"]),  # a word-name inside a sentence
        ("Referent: Ola.", ["Ola"]),
        ("Kari-Anne og Per-Olav var til stede.", ["Kari-Anne", "Per-Olav"]),
        ("Karis mor ble informert.", ["Karis"]),  # genitive
        ("Saken ble drøftet.\nVi snakket med\nStig om tiltaket.", ["Stig"]),  # soft wrap
        ("| Deltaker | Rolle |\n|---|---|\n| Ingrid | fagleder |", ["Ingrid"]),
        ("deltakere:\n  - Magnus\n  - Sigrid", ["Magnus", "Sigrid"]),  # YAML list
        ("«Kari sa ja», står det.", ["Kari"]),
        ("Vi ringte _Kari_ og **Per** i går.", ["Kari", "Per"]),  # Markdown emphasis
    ],
)
def test_names_are_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "kari var på møtet.",  # lower case: not written as a name
        "KARI",  # a shouted heading, not a name as written
        "Karianne-saken",  # «Kari» inside a longer word is not a hit
        "Barnevernleder, Kommunalsjef og Kommunaldirektør oppvekst møttes.",
        "Per måned kommer det 30 meldinger.",  # the preposition at a sentence start
        "Kostnad per måned og per barn.",
        "Liv og helse er et tema. Liv kan reddes.",
        "Stig på! Dag 1 av samlingen. Hans mor ble ikke nevnt.",
        "# Bjørn-prosjektet\n",  # heading start
        "- Per barn 0–17 år\n- Tone og innhold",  # list items
        "| Per år | 2024 |",  # table cell
        "Bufdir, KOSTRA, SSB og NAV i Eksempel kommune.",
    ],
)
def test_no_false_names(text: str) -> None:
    assert names(text) == []


def test_positions() -> None:
    text = "# Referat\n\nTil stede: barnevernleder, Kari og\nPer."
    assert find_probable_names(text) == [NameHit(3, 28, "Kari"), NameHit(4, 1, "Per")]


def test_word_names_are_names_and_sentence_start_rule_applies_only_to_them() -> None:
    assert WORD_NAMES <= GIVEN_NAMES
    assert names("Per kom.") == []
    assert names("Kari kom.") == ["Kari"]


def test_the_list_is_ssbs_common_names_capitalised() -> None:
    assert 900 <= len(GIVEN_NAMES) <= 2000
    assert all(name[0].isupper() and name[1:].islower() for name in GIVEN_NAMES)
    assert {"Kari", "Ola", "Per", "Ingrid", "Øyvind", "Åse"} <= GIVEN_NAMES
    assert not {"Barnevernleder", "Kommunalsjef", "Fagleder"} & GIVEN_NAMES
