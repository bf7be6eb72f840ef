"""Mobile numbers and personal e-mail addresses are a person's, never the municipality's."""

from __future__ import annotations

import pytest

from rapportlinja.privacy.contact import is_mobile_number, is_personal_address


@pytest.mark.parametrize("digits", ["91234567", "41234567", "4791234567", "004746123456"])
def test_mobile_numbers(digits: str) -> None:
    assert is_mobile_number(digits)


@pytest.mark.parametrize("digits", ["55555555", "22334455", "116111", "80012345", "912345678"])
def test_landlines_helplines_and_other_lengths_are_not_mobiles(digits: str) -> None:
    assert not is_mobile_number(digits)


@pytest.mark.parametrize(
    "address",
    [
        "kari.hansen@eksempel.kommune.no",
        "k.hansen@eksempel.kommune.no",
        "hansen.kari@eksempel.kommune.no",
        "mohammed@eksempel.kommune.no",
        "barnevern@gmail.com",
        "x@hotmail.no",
        "postmottak@online.no",
        "a@outlook.com",
    ],
)
def test_personal_addresses(address: str) -> None:
    assert is_personal_address(address)


@pytest.mark.parametrize(
    "address",
    ["postmottak@eksempel.kommune.no", "barnevernvakt@eksempel.kommune.no", "barnevern.lund@eksempel.no", "@x"],
)
def test_shared_mailboxes_are_not_personal(address: str) -> None:
    assert not is_personal_address(address)
