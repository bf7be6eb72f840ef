"""scan_text: true positives, look-alikes, masking, positions and the allow-list.

Every number here is synthetic: built with complete_id_number or made up for the shape.
"""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from rapportlinja.base.personal.idnumber import complete_id_number
from rapportlinja.privacy import PrivacyHit, is_id_number, normalize_number, scan_text

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"
ID_KINDS = {"fødselsnummer", "d-nummer", "h-nummer"}


def kinds(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    return [hit.kind for hit in scan_text(text, allowed)]


TRUE_POSITIVES = [
    ("15038500047", "fødselsnummer"),
    ("150385 00047", "fødselsnummer"),
    (f"150385{NBSP}00047", "fødselsnummer"),
    ("150385.00047", "fødselsnummer"),
    ("55038500030", "d-nummer"),
    ("15438500100", "h-nummer"),
    ("15838500002", "fødselsnummer"),  # Tenor synthetic: looks real to a reader
    ("15038500063", "fødselsnummer"),  # 2032 rule
    ("550385 00065", "d-nummer"),  # 2032 rule, with a space
    ("92345678", "telefonnummer"),
    ("92 34 56 78", "telefonnummer"),
    ("923 45 678", "telefonnummer"),
    ("9234 5678", "telefonnummer"),
    (f"22{NBSP}33{NBSP}44{NBSP}55", "telefonnummer"),
    ("+47 92 34 56 78", "telefonnummer"),
    ("+4792345678", "telefonnummer"),
    ("0047 92345678", "telefonnummer"),
    ("800 12 345", "telefonnummer"),  # service number
    (f"92{THIN}34{THIN}56{THIN}78", "telefonnummer"),  # any separator run reads as one
    ("92.34.56.78", "telefonnummer"),
    ("ola.nordmann@eksempel.no", "e-postadresse"),
    ("Kari+test@bv.eksempel-kommune.no", "e-postadresse"),
    ("ørjan@bærum.kommune.no", "e-postadresse"),
]


@pytest.mark.parametrize(("value", "kind"), TRUE_POSITIVES)
def test_true_positives_in_prose(value: str, kind: str) -> None:
    hits = scan_text(f"Kontakt: {value}. Takk.")
    assert [hit.kind for hit in hits] == [kind]
    assert hits[0].column == len("Kontakt: ") + 1


@pytest.mark.parametrize(("value", "kind"), TRUE_POSITIVES)
def test_masking_never_shows_the_whole_value(value: str, kind: str) -> None:
    (hit,) = scan_text(value)
    digits = normalize_number(value)
    shown = re.sub(r"\D", "", hit.masked)
    if kind == "e-postadresse":
        local, domain = value.split("@")
        assert local not in hit.masked and domain.split(".")[0] not in hit.masked
        assert hit.masked.endswith("." + domain.rsplit(".", 1)[1])
    else:
        assert len(shown) == 2, "only the last two digits stay visible"
        assert shown == digits[-2:]
    assert value not in hit.masked


def test_masks_have_the_agreed_shape() -> None:
    text = "fnr 150385 00047, tlf 92 34 56 78, e-post ola@eksempel.no"
    assert [h.masked for h in scan_text(text)] == ["*********47", "** ** ** 78", "o***@e***.no"]


LOOK_ALIKES = [
    "15038500048",  # K2 wrong
    "15038500057",  # K1 wrong
    "31049000076",  # control digits fine, 31 April is no date
    "974 760 673",  # organisation number
    "NO 974 760 673 MVA",
    "974760673",
    "1 234 567 kr",
    "12 345 678 kr",  # 2-3-3 is an amount
    "| 12 345 678 |",
    "123 456 78",  # 3-3-2
    f"92{NNBSP}345{NNBSP}678",  # thin-space thousands groups
    "2021–2025",
    "2021-2025",
    "2024/2025",
    "| 2024 2025 |",
    "01.12.2026",
    "2026-12-01",
    "20261201",  # a compact date stamp
    "12,5 %",
    "1234,5678",
    "0,92345678",  # decimals
    "92345678,5",
    "BV-2026-014",
    "BV-2026-92345678",
    "versjon 2.10.92345678",
    "SSB-tabell 09050 og 12367",
    "funksjon 244, 251 og 252",
    "konto 1234.56.78903",
    "konto 1234 56 78903",
    "12345678",  # starts with 1: no Norwegian phone number
    "01234567",
    "923456789012",  # inside a longer run of digits
    "9234567890",
    "92 34 56 78 90",  # five pairs
    "92345678kr",
    "kl. 08.00–15.30",
    "![Logo](bilder/logo@2x.png)",
    "@kari på Teams",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_reported(text: str) -> None:
    assert scan_text(f"Tallet er {text} i år.") == []


def test_look_alike_ids_really_fail_their_checks() -> None:
    assert not any(is_id_number(text) for text in LOOK_ALIKES[:3])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("_15038500047_ og __92345678__", ["fødselsnummer", "telefonnummer"]),  # emphasis
        ("**150385 00047**", ["fødselsnummer"]),
        ("tlf/mobil 22 33 44 55/92 34 56 78", ["telefonnummer", "telefonnummer"]),
        ("ring 22334455, 92345678 eller 800 12 345", ["telefonnummer"] * 3),
        ("<ola@eksempel.no>, (kari@eksempel.no)", ["e-postadresse"] * 2),
        ("https://eksempel.no/sak?fnr=15038500047", ["fødselsnummer"]),
    ],
)
def test_values_in_markup_and_lists(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_positions_are_lines_and_characters() -> None:
    text = "# Overskrift\n\nBlåbær og ærfugl: 92345678\n| æ | ø | 150385 00047 |\nola@eksempel.no"
    assert scan_text(text) == [
        PrivacyHit(3, 19, "telefonnummer", "******78"),
        PrivacyHit(4, 11, "fødselsnummer", "*********47"),
        PrivacyHit(5, 1, "e-postadresse", "o***@e***.no"),
    ]


def test_hits_come_in_order_of_position() -> None:
    text = "ola@eksempel.no 92345678\n15038500047 kari@eksempel.no"
    hits = scan_text(text)
    assert [(h.line, h.column) for h in hits] == [(1, 1), (1, 17), (2, 1), (2, 13)]


def test_allowed_values_are_suppressed() -> None:
    text = "Sentralbord 22 33 44 55, +47 22334455, vakt 92345678, post@Eksempel.no, ola@x.no"
    allowed = frozenset({"22334455", "post@eksempel.no"})
    assert [h.masked for h in scan_text(text, allowed)] == ["******78", "o***@x***.no"]


def test_allow_list_written_loosely_still_matches() -> None:
    assert scan_text("Ring 22 33 44 55", frozenset({"+47 22 33 44 55"})) == []
    assert scan_text("Ring 22 33 44 55", frozenset({"22334456"})) != []


@pytest.mark.parametrize(
    ("value", "normalized"),
    [
        ("+47 22 33 44 55", "22334455"),
        ("0047 22334455", "22334455"),
        ("+4722334455", "22334455"),
        ("4722334455", "4722334455"),  # without + it is ten digits of something else
        ("116 117", "116117"),
        ("150385 00047", "15038500047"),
        (f"22{NBSP}33{NBSP}44{NBSP}55", "22334455"),
    ],
)
def test_normalize_number(value: str, normalized: str) -> None:
    assert normalize_number(value) == normalized


def test_empty_and_number_free_texts() -> None:
    assert scan_text("") == []
    assert scan_text("Ingen personopplysninger her.\n" * 100) == []


# --- properties ------------------------------------------------------------------------

OFFSETS = st.sampled_from([(0, 0), (40, 0), (0, 40), (0, 80), (40, 80)])  # D, H, synthetic


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    """Valid numbers of every kind under both rules, built with our own generator."""
    date = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2039, 12, 31)))
    day_offset, month_offset = draw(OFFSETS)
    first_nine = f"{date.day + day_offset:02d}{date.month + month_offset:02d}{date:%y}"
    first_nine += f"{draw(st.integers(0, 999)):03d}"
    number = complete_id_number(first_nine, draw(st.integers(0, 3)))
    assume(number is not None)
    assert number is not None
    return number


SEPARATORS = st.sampled_from(["", " ", NBSP, "."])
CONTEXTS = st.sampled_from(
    [
        "Barnet med fødselsnummer {} ble meldt.",
        "| 2026 | {} | undersøkelse |",
        "Se [{}](https://eksempel.no/sak).",
        'fnr: "{}"',
        "fnr: {}",
        "- {}",
        "{}",
    ]
)


@given(number=id_numbers(), separator=SEPARATORS, context=CONTEXTS)
def test_every_valid_id_number_is_caught(number: str, separator: str, context: str) -> None:
    written = f"{number[:6]}{separator}{number[6:]}"
    text = "Innledning.\n" + context.format(written)
    hits = scan_text(text)
    assert len(hits) == 1
    assert hits[0].kind in ID_KINDS
    assert (hits[0].line, hits[0].column) == (2, context.index("{}") + 1)
    assert hits[0].masked == "*********" + number[-2:]


@given(number=id_numbers(), index=st.integers(0, 10), digit=st.sampled_from("0123456789"))
def test_a_one_digit_change_is_reported_iff_valid(number: str, index: int, digit: str) -> None:
    # Under the 2032 rule some one-digit changes stay valid, so the property is «iff».
    assume(digit != number[index])
    mutated = number[:index] + digit + number[index + 1 :]
    reported = [h for h in scan_text(f"Saken gjelder {mutated} i år.") if h.kind in ID_KINDS]
    assert bool(reported) is is_id_number(mutated)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_eleven_digits_are_reported_iff_valid(digits: str) -> None:
    assert bool(scan_text(f"| {digits} |")) is is_id_number(digits)


@given(prefix=st.text(alphabet="abcæøå ,;:", max_size=30), number=id_numbers())
def test_column_counts_characters(prefix: str, number: str) -> None:
    (hit,) = scan_text(f"{prefix} {number}")
    assert hit.column == len(prefix) + 2
