"""Fetch indicators from SSB's PxWebApi v2 (JSON-stat 2.0), politely: at most 30 calls a minute.

The network is one function, `Transport` (URL → bytes), so tests pass recorded responses.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from typing import NamedTuple

from rapportlinja.base.errors import UserError
from rapportlinja.keyfigures import jsonstat
from rapportlinja.keyfigures.indicators import Indicator
from rapportlinja.keyfigures.periods import Period
from rapportlinja.keyfigures.series import Row

BASE = "https://data.ssb.no/api/pxwebapi/v2/tables"
CALLS_PER_MINUTE = 30
TIMEOUT_SECONDS = 30
REGION_VARIABLE = "KOKkommuneregion0000"  # KOSTRA tables; others name it «Region»

Transport = Callable[[str], bytes]


class Offline(Exception):
    """No answer from SSB: no network, no name resolution, or a timeout."""


class Request(NamedTuple):
    table: str
    indicators: tuple[Indicator, ...]  # all from this table, fetched in one call
    regions: tuple[str, ...]
    years: int  # the latest N years


def url(request: Request) -> str:
    first = request.indicators[0].source
    assert first is not None
    params = [
        ("lang", "no"),
        ("outputFormat", "json-stat2"),
        ("valueCodes[ContentsCode]", ",".join(i.source.content for i in request.indicators if i.source)),
        (f"valueCodes[{REGION_VARIABLE}]", ",".join(request.regions)),
        ("valueCodes[Tid]", f"top({request.years})"),
        *[(f"valueCodes[{k}]", v) for k, v in first.filters],
    ]
    return f"{BASE}/{request.table}/data?" + urllib.parse.urlencode(params, safe="[](),")


def requests_for(indicators: Iterable[Indicator], regions: tuple[str, ...], years: int) -> list[Request]:
    by_table: dict[tuple[str, tuple[tuple[str, str], ...]], list[Indicator]] = {}
    for indicator in indicators:
        if indicator.source is not None:
            by_table.setdefault((indicator.source.table, indicator.source.filters), []).append(indicator)
    return [Request(table, tuple(group), regions, years) for (table, _), group in by_table.items()]


def rows_from(request: Request, dataset: jsonstat.Dataset) -> list[Row]:
    by_content = {i.source.content: i for i in request.indicators if i.source}
    metric = dataset.role("metric", "ContentsCode")
    geo = dataset.role("geo", REGION_VARIABLE)
    when = dataset.role("time", "Tid")
    rows = []
    for cell in dataset.cells:
        indicator = by_content.get(cell.coordinates.get(metric, ""))
        year = cell.coordinates.get(when, "")
        if indicator is None or not year.isdigit() or geo not in cell.coordinates:
            continue
        value = round(cell.value, indicator.decimals + 2)
        rows.append(Row(indicator.id, cell.coordinates[geo], Period(int(year), 0), value, f"SSB {request.table}"))
    return rows


def fetch(
    requests: list[Request],
    transport: Transport,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> list[Row]:
    """Every request in turn, spaced so no minute sees more than CALLS_PER_MINUTE calls."""
    rows: list[Row] = []
    gap = 60.0 / CALLS_PER_MINUTE
    last: float | None = None
    for request in requests:
        if last is not None and clock() - last < gap:
            sleep(gap - (clock() - last))
        last = clock()
        address = url(request)
        try:
            dataset = jsonstat.parse(json.loads(transport(address)))
        except (json.JSONDecodeError, jsonstat.JsonStatError, KeyError, TypeError) as exc:
            raise UserError(
                f"SSB svarte med noe som ikke kan leses som JSON-stat for tabell {request.table} ({exc}).",
                f"Sjekk tabellnummer og innholdskoder i report/data/indikatorer.yaml. Adressen var {address}",
            ) from None
        rows += rows_from(request, dataset)
    return rows


def urllib_transport(address: str) -> bytes:
    """The real network: HTTPS GET with a timeout; every way of not reaching SSB becomes Offline."""
    try:
        with urllib.request.urlopen(address, timeout=TIMEOUT_SECONDS) as response:
            body: bytes = response.read()
            return body
    except urllib.error.HTTPError as exc:
        raise UserError(_http_message(exc.code, address), "Ingen endringer er gjort i nokkeltall.csv.") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        raise Offline(str(getattr(exc, "reason", exc))) from None


def _http_message(code: int, address: str) -> str:
    if code == 429:
        return (
            "SSB avviste forespørselen fordi det kom for mange kall på kort tid (HTTP 429). "
            "Vent ett minutt og prøv igjen."
        )
    if code in (400, 404):
        return f"SSB fant ikke det vi spurte etter (HTTP {code}): {address}"
    return f"SSB svarte med feil (HTTP {code}). Prøv igjen senere."
