"""Leftovers of the example in an adopted repository: warnings in a draft, a refused release."""

from __future__ import annotations

import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.base.layout import Layout
from rapportlinja.checks.example_identity import check_identity, release_refusal
from rapportlinja.read.documents import load_yaml_file


def edition(root):
    path = root / "report/rapport.yaml"
    return load_yaml_file(path, "report/rapport.yaml", "rapport").data


def renumber(root, number="4205", name="Lindesnes kommune"):
    """Only the edition's name and number changed: what a hurried hand edit leaves behind."""
    path = root / "report/rapport.yaml"
    text = path.read_text("utf-8").replace('nummer: "9999"', f'nummer: "{number}"')
    path.write_text(text.replace("navn: Eksempel kommune", f"navn: {name}"), "utf-8")


def test_the_example_itself_has_nothing_left_over(example):
    assert check_identity(Layout(example), edition(example)) == []


def test_a_hand_adopted_repository_shows_every_kind_of_leftover(example):
    renumber(example)
    found = check_identity(Layout(example), edition(example))
    assert found and all(f.severity.value == "advarsel" and f.code == "identity.example" for f in found)
    paths = {f.path for f in found}
    assert {
        "report/data/indikatorer.yaml",
        "report/data/nokkeltall.csv",
        "report/tillatte-tall.yaml",
        "meetings/rutine.yaml",
        "report/kapitler/03-virksomhet-og-organisering.md",
        "report/bilder/organisasjonskart.svg",
        "report/rapport.yaml",
        ".github/CODEOWNERS",
    } <= paths
    messages = [f.message for f in found]
    assert "Regionkoden for kommune passer ikke med kommunenummeret 4205 i report/rapport.yaml." in messages
    assert "Datoene for politisk behandling er eksempelets." in messages
    # The key figures' rows are one thing to do, not a hundred findings.
    assert len([f for f in found if f.path == "report/data/nokkeltall.csv"]) == 1
    chapter = next(f for f in found if f.path == "report/kapitler/03-virksomhet-og-organisering.md")
    line = (example / chapter.path).read_text("utf-8").splitlines()[chapter.line - 1]
    assert line[chapter.column - 1 :].startswith("Eksempel kommune")


def test_a_number_that_does_not_match_the_region_code_is_found(example):
    renumber(example, "4640", "Sogndal kommune")
    path = example / "report/data/indikatorer.yaml"
    path.write_text(
        path.read_text("utf-8")
        .replace('kode: "9999", navn: Eksempel kommune', 'kode: "4205", navn: Sogndal kommune')
        .replace('kode: "EKA99", navn: Eksempel fylke', 'kode: "EKA46", navn: Vestland'),
        "utf-8",
    )
    found = [f for f in check_identity(Layout(example), edition(example)) if f.path == "report/data/indikatorer.yaml"]
    assert [f.message for f in found] == [
        "Regionkoden for kommune passer ikke med kommunenummeret 4640 i report/rapport.yaml."
    ]
    assert "«4640»" in found[0].hint


def test_a_release_is_refused_while_anything_is_left(example):
    renumber(example)
    with pytest.raises(UserError) as refused:
        release_refusal(Layout(example), edition(example), "v2025.1")
    assert refused.value.message.startswith("v2025.1 ble ikke laget: det er ")
    assert "report/data/indikatorer.yaml:16:" in refused.value.message
    release_refusal(Layout(example), {"kommune": {"navn": "Eksempel kommune", "nummer": "9999"}}, "v2025.1")
