"""Norwegian number format: «1 234,5», «12,5 %», «15 230 kr», with a real minus sign."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

THIN = "\u202f"  # narrow no-break space: the thousands separator, never broken across lines
NBSP = "\u00a0"
MINUS = "\u2212"


def number(value: float, decimals: int) -> str:
    """`1234.5, 1` → «1 234,5»; four-digit numbers get a separator too, as in SSB's tables."""
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    negative = rounded < 0
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = THIN.join([whole, *groups]) + ("," + fraction if fraction else "")
    return (MINUS + text) if negative and rounded != 0 else text


def with_unit(value: float, decimals: int, unit: str) -> str:
    """The number and its unit as it reads in a table cell or a sentence."""
    text = number(value, decimals)
    if unit == "prosent":
        return f"{text}{NBSP}%"
    if unit == "kroner":
        return f"{text}{NBSP}kr"
    return text


def difference(value: float, decimals: int, unit: str) -> str:
    """A size of change: «3,4 prosentpoeng», «1 200 kr», «2,1»."""
    text = number(abs(value), decimals)
    if unit == "prosent":
        return f"{text} prosentpoeng"
    if unit == "kroner":
        return f"{text}{NBSP}kr"
    return text
