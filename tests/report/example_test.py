"""The example's identity: counties from the municipality number, the template itself, and the traces."""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from rapportlinja.checks.bokmal import bokmal_words
from rapportlinja.report import example
from rapportlinja.report.example import to_nynorsk
from tests.conftest import EXAMPLE


def test_the_county_and_its_kostra_region_come_from_the_first_two_digits():
    assert example.county_of("4205") == example.County("Agder", "EKA42")
    assert example.county_of("4640") == example.County("Vestland", "EKA46")
    assert example.county_of("0301") == example.County("Oslo", "EKA03")
    assert example.county_of("9999") is None  # no county 99: the example's own number
    assert example.county_of("1201") is None  # Hordaland, merged into Vestland in 2020


def test_the_template_is_the_repository_with_the_examples_number():
    assert example.is_template({"kommune": {"navn": "Eksempel kommune", "nummer": "9999"}})
    assert not example.is_template({"kommune": {"navn": "Eksempel kommune", "nummer": "4205"}})
    assert not example.is_template({"kommune": {"navn": "Lindesnes kommune", "nummer": "4205"}})
    assert not example.is_template(None)


def test_traces_are_found_however_they_are_cased_with_their_column():
    line = "Se https://teams.example.invalid/x, skrevet av EKSEMPEL KOMMUNE for @eksempel-kommune/ledere."
    assert [marker for _, marker in example.markers_in(line)] == [
        "example.invalid",
        "EKSEMPEL KOMMUNE",
        "eksempel-kommune",
    ]
    assert example.markers_in(line)[0][0] == line.index("example.invalid") + 1
    assert example.markers_in("For eksempel kommunen vår.") == []  # «for eksempel» is Norwegian, not a trace


@pytest.mark.parametrize(
    "rel",
    [
        "meetings/rutine.yaml",
        "meetings/registre.yaml",
        "report/arshjul.yaml",
        "report/undersokelse/samarbeid.yaml",
        "report/data/samarbeid-2025.yaml",
        "report/data/indikatorer.yaml",
        "report/rapport.yaml",
    ],
)
def test_the_nynorsk_table_covers_the_examples_data(rel: str) -> None:
    """A new bokmål text in the example's data needs its line in report/nynorsk.yaml, or a nynorsk
    municipality starts with bokmål (and `rapport sjekk` says so)."""
    data = to_nynorsk(YAML(typ="safe").load((EXAMPLE / rel).read_text("utf-8")))
    if rel == "report/rapport.yaml":
        data.pop("tittel")  # the title carries the year; `rapport oppsett` rewrites its one bokmål word
    values: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            values.append(node)

    walk(data)
    assert bokmal_words("\n".join(values)) == []
