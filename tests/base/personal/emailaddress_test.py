"""Addresses however they are written: anchors, local parts read backwards, prose that only looks like one."""

from __future__ import annotations

import pytest

from rapportlinja.base.personal.emailaddress import addresses


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("ola.nordmann @ eksempel.no", "ola.nordmann@eksempel.no"),
        ("ola.nordmann@\neksempel.no", "ola.nordmann@eksempel.no"),
        ("ola at eksempel dot no", "ola@eksempel.no"),
        ("ola%2Enordmann@eksempel.no", "ola.nordmann@eksempel.no"),
        ("Ola@Eksempel.XN--P1AI", "ola@eksempel.xn--p1ai"),
        ("kari.berg@bv.oslo.kommune.no", "kari.berg@bv.oslo.kommune.no"),
        ("Se ørjan@bærum.kommune.no.", "ørjan@bærum.kommune.no"),
    ],
)
def test_the_normalised_form_is_the_address_as_the_allow_list_holds_it(text: str, normalized: str) -> None:
    assert [found.normalized for found in addresses(text)] == [normalized]


@pytest.mark.parametrize(
    "text",
    [
        "Han sa at nav.no var nede.",
        "f.eks at ssb.no viser det",
        "Spør @kari.no på Teams",
        "![Logo](logo@2x.png)",
        "ola@\n\neksempel.no",  # a paragraph apart
        "ola at eksempel",
    ],
)
def test_prose_and_file_names_are_no_addresses(text: str) -> None:
    assert list(addresses(text)) == []


def test_positions_and_mask() -> None:
    text = "Skriv til ola.nordmann  at  eksempel.no i dag"
    (found,) = addresses(text)
    assert text[found.start : found.end] == "ola.nordmann  at  eksempel.no"
    assert found.masked == "o***@e***.no"


def test_a_long_run_of_anchors_stays_fast() -> None:
    # Thousands of «@» and « at » with no domain: each is given up after a bounded look.
    assert list(addresses("a@ " * 20_000 + " at " * 20_000 + "x" * 100_000)) == []
