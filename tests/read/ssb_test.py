"""SSB: JSON-stat 2.0 from recorded PxWebApi v2 responses, the throttle, `rapport nokkeltall hent`, offline."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.base.layout import Layout
from rapportlinja.commands import nokkeltall
from rapportlinja.keyfigures import jsonstat
from rapportlinja.keyfigures.periods import Period
from rapportlinja.read import keyfigures, ssb

RECORDED = Path(__file__).parent / "recorded"


def recorded(name: str) -> bytes:
    return (RECORDED / name).read_bytes()


def transport(calls: list[str]) -> ssb.Transport:
    """Answers as SSB did for 10666 and 11600; for the other tables, SSB's «no figures yet»."""

    def answer(url: str) -> bytes:
        calls.append(url)
        table = re.search(r"/tables/(\d+)/data", url).group(1)  # type: ignore[union-attr]
        return recorded(f"{table}.json") if (RECORDED / f"{table}.json").exists() else recorded("uten-tall.json")

    return answer


def test_dense_dataset_is_read_in_row_major_order() -> None:
    data = jsonstat.parse(json.loads(recorded("10666.json")))
    assert data.role("geo", "") == "KOKkommuneregion0000"
    cells = {(c.coordinates["KOKkommuneregion0000"], c.coordinates["Tid"]): c.value for c in data.cells}
    assert cells[("9999", "2021")] == 89.0 and cells[("9999", "2025")] == 87.1
    assert cells[("EKG13", "2023")] == 83.1 and cells[("EAK", "2025")] == 84.8
    assert len(cells) == 20


def test_sparse_dataset_and_missing_values() -> None:
    data = jsonstat.parse(json.loads(recorded("11600.json")))
    cells = {(c.coordinates["KOKkommuneregion0000"], c.coordinates["Tid"]): c.value for c in data.cells}
    assert ("EAK", "2021") not in cells and cells[("EAK", "2022")] == 8320
    assert jsonstat.parse(json.loads(recorded("uten-tall.json"))).cells == ()


def test_not_json_stat_is_refused() -> None:
    with pytest.raises(jsonstat.JsonStatError):
        jsonstat.parse({"class": "collection"})
    with pytest.raises(jsonstat.JsonStatError):
        jsonstat.parse({**json.loads(recorded("10666.json")), "value": [1.0]})


def test_url_has_the_v2_shape(example: Path) -> None:
    figures = keyfigures.require(Layout(example))
    requests = ssb.requests_for(figures.catalogue.indicators.values(), ("9999", "EAK"), 5)
    urls = {ssb.url(r) for r in requests}
    assert (
        "https://data.ssb.no/api/pxwebapi/v2/tables/10666/data?lang=no&outputFormat=json-stat2"
        "&valueCodes[ContentsCode]=AndelInnenFrist&valueCodes[KOKkommuneregion0000]=9999,EAK"
        "&valueCodes[Tid]=top(5)"
    ) in urls
    assert len(requests) == 6  # one call per table: 10760 and 09050 carry two indicators each


def test_throttle_keeps_to_thirty_calls_a_minute(example: Path) -> None:
    figures = keyfigures.require(Layout(example))
    requests = ssb.requests_for(figures.catalogue.indicators.values(), ("9999",), 5)
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    ssb.fetch(requests, transport([]), sleep, clock=lambda: now[0])
    assert len(slept) == len(requests) - 1 and all(s == pytest.approx(2.0) for s in slept)


def test_fetch_merges_and_reports(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = example / "report/data/nokkeltall.csv"
    text = csv.read_text("utf-8").replace(
        "undersokelser-innen-frist,EAK,2024,83.5,SSB 10666",
        "undersokelser-innen-frist,EAK,2024,83.6,korrigert av fagleder",
    )
    csv.write_text(text, encoding="utf-8")
    calls: list[str] = []
    assert nokkeltall.run_fetch(example, transport(calls), sleep=lambda _: None) == 0
    out = capsys.readouterr().out
    assert "endret: undersokelser-innen-frist 9999 2025: 86,8 → 87,1" in out
    # 10666: 18 unchanged, 1 changed, 1 kept; 11600: 5 unchanged, 14 new (landet 2021 is missing).
    assert "14 nye, 1 endrede og 23 uendrede tall fra SSB; 1 tall ført for hånd er beholdt uendret." in out
    figures = keyfigures.require(Layout(example))
    assert figures.series("undersokelser-innen-frist", "9999")[Period(2025, 0)] == 87.1
    assert figures.series("undersokelser-innen-frist", "EAK")[Period(2024, 0)] == 83.6
    assert figures.series("sykefravaer", "9999")[Period(2025, 1)] == 10.8
    assert figures.series("plassert-utenfor-hjemmet", "EAK")[Period(2025, 0)] == 7810
    assert len(calls) == 6


def test_offline_changes_nothing_and_says_so(example: Path) -> None:
    csv = example / "report/data/nokkeltall.csv"
    before = csv.read_bytes()

    def offline(url: str) -> bytes:
        raise ssb.Offline("Temporary failure in name resolution")

    with pytest.raises(UserError) as caught:
        nokkeltall.run_fetch(example, offline, sleep=lambda _: None)
    assert caught.value.message.startswith(
        "Får ikke kontakt med SSB (Temporary failure in name resolution). "
        "Ingen endringer er gjort i report/data/nokkeltall.csv."
    )
    assert csv.read_bytes() == before


def test_real_transport_turns_dns_failure_into_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    import urllib.error
    import urllib.request

    def fail(*args: object, **kwargs: object) -> None:
        raise urllib.error.URLError(OSError(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr(urllib.request, "urlopen", fail)
    with pytest.raises(ssb.Offline):
        ssb.urllib_transport("https://data.ssb.no/api/pxwebapi/v2/tables/10666/data")


def test_offline_through_the_cli_exits_1_without_traceback(
    example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from rapportlinja.cli import main

    def offline(url: str) -> bytes:
        raise ssb.Offline("timed out")

    monkeypatch.setattr(ssb, "urllib_transport", offline)
    monkeypatch.setattr(nokkeltall.run_fetch, "__defaults__", (None, offline, lambda _: None))
    monkeypatch.chdir(example)
    assert main(["nokkeltall", "hent"]) == 1
    err = capsys.readouterr().err
    assert "feil: Får ikke kontakt med SSB (timed out)" in err and "Traceback" not in err
