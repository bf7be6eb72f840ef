"""Norwegian number format."""

from __future__ import annotations

from rapportlinja.keyfigures.numformat import MINUS, NBSP, THIN, difference, number, with_unit


def test_thousands_and_decimal_comma() -> None:
    assert number(1234.5, 1) == f"1{THIN}234,5"
    assert number(1234567.891, 2) == f"1{THIN}234{THIN}567,89"
    assert number(999, 0) == "999"


def test_percent_and_kroner() -> None:
    assert with_unit(12.5, 1, "prosent") == f"12,5{NBSP}%"
    assert with_unit(15230, 0, "kroner") == f"15{THIN}230{NBSP}kr"
    assert with_unit(4.8, 1, "per 1 000 barn 0–17 år") == "4,8"


def test_rounding_is_half_up_not_bankers_or_binary() -> None:
    assert number(2.675, 2) == "2,68"
    assert number(0.5, 0) == "1"
    assert number(86.85, 1) == "86,9"


def test_negative_numbers_get_a_real_minus_and_minus_zero_does_not() -> None:
    assert number(-3.25, 1) == f"{MINUS}3,3"
    assert number(-1234, 0) == f"{MINUS}1{THIN}234"
    assert number(-0.01, 1) == "0,0"


def test_difference_in_percentage_points() -> None:
    assert difference(-4.2, 1, "prosent") == "4,2 prosentpoeng"
