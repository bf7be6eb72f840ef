"""Values hidden in link targets: percent-encoded, encoded twice, split over query parameters."""

from __future__ import annotations

import pytest

from rapportlinja.base.personal.linktarget import decoded, joined_query, scan_link_targets

NUMBER = "15038512363"
ENCODED = "".join(f"%{ord(c):02X}" for c in NUMBER)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"Se [saken](https://eksempel.no/sak?fnr={ENCODED}).", "fødselsnummer"),
        (f"[x](https://eksempel.no/{ENCODED.replace('%', '%25')})", "fødselsnummer"),  # encoded twice
        ("[x](https://eksempel.no/?a=150385&b=12363)", "fødselsnummer"),
        ("[x](https://eksempel.no/?a=150385&amp;b=12363)", "fødselsnummer"),
        ("[skriv](mailto:ola.nordmann%40gmail%2Ecom)", "e-postadresse"),
        ("[ring](tel:%2B47%2092%2034%2056%2078)", "telefonnummer"),
        ("[skriv](mailto:ola%20%40%20eksempel.no)", "e-postadresse"),  # spaces around @, encoded
        ("[skriv](mailto:ola.nordmann%40eksempel%2Exn--p1ai)", "e-postadresse"),
        ("[ring](tel:%2B47%20412%2034%20567)", "telefonnummer"),
        ("[ring](tel:+47%20(0)%2041%20234%20567)", "telefonnummer"),
    ],
)
def test_hidden_values_are_found_at_the_targets_place(text: str, kind: str) -> None:
    hits = scan_link_targets(text)
    assert [hit.kind for hit in hits] == [kind]
    assert hits[0].line == 1 and text[hits[0].column - 1] not in " ["
    assert NUMBER not in hits[0].masked


@pytest.mark.parametrize(
    "text",
    [
        "[SSB](https://www.ssb.no/statbank/table/10673?rxid=a%20b)",
        "[tall](https://eksempel.no/?aar=2024&antall=1234)",  # two 4-digit values are not a phone number
        "[side](https://eksempel.no/side%20to?sort=2021-2025)",
        "50 % av sakene, og 12 % av 2024",
        f"Skrevet rett ut: https://eksempel.no/?fnr={NUMBER}",  # the plain scan reports it, not this one again
    ],
)
def test_ordinary_links_and_plain_values_give_nothing_here(text: str) -> None:
    assert scan_link_targets(text) == []


def test_decoding_and_joining() -> None:
    assert decoded("%2531") == "1"
    assert joined_query("https://e.no/?a=1&b=2#x") == "1 2"


def test_an_address_found_both_written_and_decoded_is_reported_once() -> None:
    assert scan_link_targets("[skriv](mailto:%6F%6C%61@gmail.com)") == []  # the plain scan reports it
