"""The one clock: everything that asks for «today» or «now» asks here.

A deadline, the next meeting, an agenda's date, a scaffold's date, the «I dag» marker and a draft's
date all depend on the day. Reading the wall clock in each place would make the same repository give
different answers in tests, in CI and for the user planning ahead, and a hidden read could not be
caught. So the day comes from one place, in this order:

1. `set_today`, which the command line calls for `--i-dag`;
2. the environment variable RAPPORT_I_DAG (ÅÅÅÅ-MM-DD): CI and the test suite fix the day with it;
3. the wall clock, in Norway's time zone (a CI runner's clock is UTC, the municipality's day is not).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from zoneinfo import ZoneInfo

from rapportlinja.base.errors import UserError

ENVIRONMENT = "RAPPORT_I_DAG"
NORWAY = ZoneInfo("Europe/Oslo")

_chosen: dt.date | None = None


def set_today(day: dt.date | None) -> None:
    """Make `day` today for the rest of the process (None: back to the environment and the wall clock)."""
    global _chosen
    _chosen = day


def today() -> dt.date:
    if _chosen is not None:
        return _chosen
    given = os.environ.get(ENVIRONMENT, "").strip()
    if given:
        return _parse(given)
    return dt.datetime.now(NORWAY).date()


def now_epoch() -> int:
    """Seconds since the epoch: the wall clock, or noon in Norway on the chosen day."""
    if _chosen is None and not os.environ.get(ENVIRONMENT, "").strip():
        return int(time.time())
    noon = dt.datetime.combine(today(), dt.time(12), tzinfo=NORWAY)
    return int(noon.timestamp())


def _parse(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"{ENVIRONMENT} er ikke en dato.",
            f"Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel {ENVIRONMENT}=2026-03-10, eller fjern variabelen.",
        ) from None
