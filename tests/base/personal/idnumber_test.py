"""ID numbers: control digits under today's rule and the 2032 rule, kinds, dates."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapportlinja.base.personal.idnumber import complete_id_number, is_valid_today
from rapportlinja.privacy import id_number_kind, is_id_number

# Worked examples from Skatteetaten, «Nytt fødselsnummer fra 2032» (folkeregisteret-api-
# dokumentasjon): illustrations, not numbers of real people.
SKATTEETATEN_EXAMPLES = [
    ("02013299997", True),  # born 02.01.2032, individual number 999, remainder 0
    ("02013299806", True),  # the next one under today's rule
    ("30108299920", True),  # born 30.10.1982, numbered in 2032, remainder 0
    ("02013299903", False),  # remainder 2: valid only under the 2032 rule
    ("30108299939", False),  # remainder 1: valid only under the 2032 rule
]


def reference_is_valid(number: str) -> bool:
    """An independent oracle written from Skatteetaten's text, not from our module."""
    d = [int(c) for c in number]
    s1 = 3 * d[0] + 7 * d[1] + 6 * d[2] + 1 * d[3] + 8 * d[4] + 9 * d[5] + 4 * d[6] + 5 * d[7]
    s1 += 2 * d[8]
    k1_allowed = set()
    for base in (11, 12, 13, 14):  # k1 = {11,12,13,14} - (s1 mod 11), minus 11 if > 10
        k1 = base - s1 % 11
        k1 = k1 - 11 if k1 > 10 else k1
        if k1 != 10:
            k1_allowed.add(k1)
    s2 = sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d[:10], strict=True))
    k2 = (11 - s2 % 11) % 11
    day, month = int(number[0:2]), int(number[2:4])
    d_number = day > 40
    if d_number:
        day -= 40
    if month > 80:
        month -= 80
    elif month > 40:
        if d_number:
            return False
        month -= 40
    try:
        datetime.date(2000 + int(number[4:6]), month, day)
    except ValueError:
        return False
    return d[9] in k1_allowed and d[10] == k2


@pytest.mark.parametrize(("number", "valid_today"), SKATTEETATEN_EXAMPLES)
def test_skatteetaten_examples_are_valid_and_classed_by_rule(number: str, valid_today: bool) -> None:
    assert is_id_number(number)
    assert id_number_kind(number) == "fødselsnummer"
    assert is_valid_today(number) is valid_today


@pytest.mark.parametrize(
    ("first_nine", "remainder", "expected"),
    [
        ("020132999", 0, "02013299997"),
        ("301082999", 1, "30108299939"),
        ("311299567", 0, "31129956715"),  # the textbook example (fnrinfo.no)
    ],
)
def test_complete_id_number_matches_published_examples(first_nine: str, remainder: int, expected: str) -> None:
    assert complete_id_number(first_nine, remainder) == expected


def test_complete_id_number_refuses_a_control_digit_of_ten() -> None:
    refused = [f"010190{i:03d}" for i in range(1000) if complete_id_number(f"010190{i:03d}") is None]
    assert refused, "about one prefix in six has K1 or K2 = 10"
    for prefix in refused:
        assert not any(is_valid_today(f"{prefix}{k:02d}") for k in range(100))


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("15038500047", "fødselsnummer"),
        ("55038500030", "d-nummer"),  # day + 40
        ("15438500100", "h-nummer"),  # month + 40
        ("15838500002", "fødselsnummer"),  # Tenor synthetic: month + 80
        ("55838500187", "d-nummer"),  # synthetic D-nummer: day + 40 and month + 80
        ("15038500063", "fødselsnummer"),  # 2032 rule, remainder 2
        ("55038500065", "d-nummer"),  # 2032 rule, remainder 3
        ("29020000064", "fødselsnummer"),  # 29.02.2000 (or 1900: unknown century)
        ("29020400038", "fødselsnummer"),  # 29.02.2004
    ],
)
def test_kinds(number: str, kind: str) -> None:
    assert id_number_kind(number) == kind
    assert is_id_number(number)


@pytest.mark.parametrize(
    "number",
    [
        "29020100085",  # 29 February in a year that is never a leap year (01)
        "31049000076",  # 31 April
        "15038500048",  # K2 off by one
        "15038500057",  # K1 off by one, no remainder 0-3 fits
        "00038500000",  # day 00
        "15138500000",  # month 13
        "72038500000",  # D-nummer day 32
        "1503850004",  # ten digits
        "150385000471",  # twelve digits
        "1503850004a",
        "١٥٠٣٨٥٠٠٠٤٧",  # Arabic-Indic digits: isdigit() is true, still no ID number
    ],
)
def test_invalid_numbers(number: str) -> None:
    assert not is_id_number(number)
    assert id_number_kind(number) is None


def test_d_and_h_offsets_together_are_no_number() -> None:
    built = [complete_id_number(f"554385{i:03d}") for i in range(20)]
    numbers = [number for number in built if number is not None]
    assert numbers
    assert all(id_number_kind(number) is None for number in numbers)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_agrees_with_the_reference_on_any_eleven_digits(number: str) -> None:
    assert is_id_number(number) is reference_is_valid(number)


@given(
    date=st.dates(datetime.date(1900, 1, 1), datetime.date(2039, 12, 31)),
    individual=st.integers(0, 999),
    remainder=st.integers(0, 3),
)
def test_built_numbers_are_valid_and_today_only_with_remainder_zero(
    date: datetime.date, individual: int, remainder: int
) -> None:
    number = complete_id_number(f"{date:%d%m%y}{individual:03d}", remainder)
    if number is None:
        return
    assert reference_is_valid(number)
    assert is_id_number(number)
    assert is_valid_today(number) is (remainder == 0)
