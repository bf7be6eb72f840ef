"""Norwegian personal ID numbers: fødselsnummer, D-nummer and H-nummer.

Layout: DDMMYY + individual number (3 digits) + control digits K1 and K2.

Control digits, per Skatteetaten, «Nytt fødselsnummer fra 2032»
(skatteetaten.github.io/folkeregisteret-api-dokumentasjon/nytt-fodselsnummer-fra-2032/):
K1 = {11, 12, 13, 14} - (S1 mod 11), minus 11 once more if above 10, rejected if 10,
where S1 is the weighted sum of the first nine digits. Put as a check on the written
number: (S1 + K1) mod 11 must be 0 today and may be 0, 1, 2 or 3 for numbers issued from
1 January 2032. K2 is unchanged: (S2 + K2) mod 11 == 0 over the first ten digits.
Older numbers keep their meaning, so a scanner must accept both rules at once.
"""

from __future__ import annotations

import calendar

K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
# Remainders of (S1 + K1) mod 11 allowed under today's rule and under the 2032 rule.
TODAY_REMAINDERS = frozenset({0})
RULE_2032_REMAINDERS = frozenset({0, 1, 2, 3})

D_OFFSET = 40  # D-nummer: day + 40
H_OFFSET = 40  # H-nummer: month + 40
SYNTHETIC_OFFSET = 80  # Skatteetaten's Tenor test data: month + 80


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=False))


def _is_eleven_digits(digits: str) -> bool:
    # isdigit() alone accepts other scripts' digits; only ASCII 0-9 make an ID number.
    return len(digits) == 11 and digits.isascii() and digits.isdigit()


def _controls_ok(digits: str) -> bool:
    k1_remainder = (_weighted(digits, K1_WEIGHTS) + int(digits[9])) % 11
    k2_remainder = (_weighted(digits, K2_WEIGHTS) + int(digits[10])) % 11
    return k2_remainder == 0 and k1_remainder in RULE_2032_REMAINDERS


def _birth_date_parts(digits: str) -> tuple[int, int, int, str] | None:
    """Day, month, two-digit year and kind after removing the D/H/synthetic offsets."""
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    kind = "fødselsnummer"
    if day > D_OFFSET:
        day, kind = day - D_OFFSET, "d-nummer"
    if month > SYNTHETIC_OFFSET:
        month -= SYNTHETIC_OFFSET  # a synthetic number keeps the kind it imitates
    elif month > H_OFFSET:
        if kind == "d-nummer":
            return None  # no number is both a D- and an H-nummer
        month, kind = month - H_OFFSET, "h-nummer"
    return day, month, year, kind


def _is_calendar_date(day: int, month: int, year: int) -> bool:
    # The century is unknown; 2000 + yy is a leap year exactly when 1900 + yy or 2000 + yy
    # can be one for the years in use (yy % 4 == 0), so 29 February is judged fairly.
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000 + year, month)[1]


def id_number_kind(digits: str) -> str | None:
    """«fødselsnummer», «d-nummer» or «h-nummer» for a valid number, else None.

    Valid means: eleven ASCII digits, a real calendar date after removing the offsets,
    and control digits valid under today's rule or the 2032 rule.
    """
    if not _is_eleven_digits(digits):
        return None
    parts = _birth_date_parts(digits)
    if parts is None or not _is_calendar_date(*parts[:3]):
        return None
    return parts[3] if _controls_ok(digits) else None


def is_id_number(digits: str) -> bool:
    """True if `digits` is a valid fødselsnummer, D-nummer or H-nummer (either rule)."""
    return id_number_kind(digits) is not None


def is_valid_today(digits: str) -> bool:
    """True if the control digits also satisfy the rule in force before 2032."""
    return is_id_number(digits) and (_weighted(digits, K1_WEIGHTS) + int(digits[9])) % 11 in TODAY_REMAINDERS


def complete_id_number(first_nine: str, remainder: int = 0) -> str | None:
    """Append K1 and K2 to nine digits; `remainder` 1-3 gives 2032-rule numbers.

    Returns None where a control digit would be 10. The date is not checked: this builds
    synthetic test data, including deliberately invalid dates.
    """
    k1 = (remainder - _weighted(first_nine, K1_WEIGHTS)) % 11
    if k1 == 10:
        return None
    ten = f"{first_nine}{k1}"
    k2 = -_weighted(ten, K2_WEIGHTS) % 11
    return None if k2 == 10 else f"{ten}{k2}"
