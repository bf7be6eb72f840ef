"""The key figures' sources come from the indicator file; a chapter citing another SSB table is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.layout import Layout
from rapportlinja.keyfigures.sources import cited_tables, sources
from rapportlinja.read import keyfigures


def test_every_table_the_indicators_use_once_with_its_years_and_page(example: Path) -> None:
    found = sources(keyfigures.require(Layout(example)))
    tables = {t.table: t for t in found.tables}
    assert list(tables) == ["12189", "12286", "12275", "12305", "12279"]
    assert tables["12275"].title == "Barn med tiltak i løpet av året og per 31. desember (K)"
    assert (tables["12275"].first, tables["12275"].last) == (2021, 2025)
    assert tables["12275"].page == "https://www.ssb.no/statbank/table/12275"
    assert len(tables["12275"].indicators) == 3
    # The example's codes are not checked against SSB's metadata: no note may say they are.
    assert all(t.confirmed is None for t in found.tables)
    assert found.own == ("Andel barn med hjelpetiltak som har evaluert plan", "Sykefravær i barnevernstjenesten")


def test_a_table_without_values_yet_has_no_years(example: Path) -> None:
    path = example / "report/data/nokkeltall.csv"
    lines = path.read_text("utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if "SSB 12305" not in line) + "\n", encoding="utf-8")
    tables = {t.table: t for t in sources(keyfigures.require(Layout(example))).tables}
    assert tables["12305"].first is None and tables["12305"].last is None


@pytest.mark.parametrize(
    ("text", "tables"),
    [
        (
            "Kilde: SSB, KOSTRA-tabellene 09050 (barn med tiltak), 09086 (årsverk) og 12367 (utgifter).",
            ["09050", "09086", "12367"],
        ),
        ("Tallene står i statistikkbanken, tabell 11600.", ["11600"]),
        ("Se SSB-tabell 12275 for tallene.", ["12275"]),
        # Numbers that are no table: amounts, a postcode without a cue, a decimal.
        ("Kommunen brukte 79 millioner kroner. Budsjettet var 12345 kroner i 2025.", []),
        ("Tabellen under viser året 2025 og 23 410 innbyggere.", []),
    ],
)
def test_cited_tables_are_five_digit_numbers_after_a_cue_in_the_same_sentence(text: str, tables: list[str]) -> None:
    assert [table for _, table in cited_tables(text)] == tables
