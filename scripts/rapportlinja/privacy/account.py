"""Norwegian bank account numbers: the one kind of 11-digit number that may be allow-listed.

An account number is 11 digits, usually written 1234.56.78903: a four-digit bank
register number, a two-digit account group and five digits of which the last is a
mod-11 check digit over the first ten (weights 5,4,3,2,7,6,5,4,3,2). Those are the
weights of an ID number's K2, so every ID number passes this check too: about one valid
account in seven from common bank codes also reads as a valid ID number. Such an account
can be allowed only by writing it in the account grouping in report/tillatte-tall.yaml,
with a reason a reviewer can judge; an ID number written as an ID number never can.
"""

from __future__ import annotations

import re

WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
# 1234.56.78903 or 1234 56 78903: the grouping banks print, never the 6+5 of an ID number.
_ACCOUNT_WRITING = re.compile(r"[0-9]{4}([. \u00a0])[0-9]{2}\1[0-9]{5}")


def is_account_number(digits: str) -> bool:
    """True for eleven ASCII digits whose last is the mod-11 check digit of the first ten."""
    if len(digits) != 11 or not (digits.isascii() and digits.isdigit()):
        return False
    remainder = sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=False)) % 11
    check = (11 - remainder) % 11
    return check != 10 and check == int(digits[10])


def written_as_account(value: str) -> bool:
    """True when `value` is written in the account grouping (1234.56.78903)."""
    return _ACCOUNT_WRITING.fullmatch(value.strip()) is not None
