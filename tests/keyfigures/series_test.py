"""The CSV of values: every problem with its line, in Norwegian; a round trip keeps the values."""

from __future__ import annotations

from rapportlinja.keyfigures.periods import Period
from rapportlinja.keyfigures.series import Row, parse_csv, to_csv

KNOWN = ["undersokelser-innen-frist", "sykefravaer"]
HEAD = "indikator,region,periode,verdi,kilde\n"


def messages(text: str) -> list[str]:
    return [f"{f.location}: {f.message} {f.hint or ''}".strip() for f in parse_csv(text, KNOWN).findings]


def test_good_rows_with_years_half_years_and_decimal_comma() -> None:
    parsed = parse_csv(
        HEAD + 'sykefravaer,9999,2025H1,10.8,egen registrering\nundersokelser-innen-frist,9999,2025,"86,8",SSB 10666\n',
        KNOWN,
    )
    assert parsed.findings == []
    assert parsed.rows[0].period == Period(2025, 1) and parsed.rows[1].value == 86.8
    assert parsed.rows[1].line == 3


def test_unknown_indicator_suggests_the_closest() -> None:
    found = messages(HEAD + "undersokelser-inen-frist,9999,2025,86.8,SSB 10666\n")
    assert found == [
        "report/data/nokkeltall.csv:2:1: Ukjent indikator «undersokelser-inen-frist». "
        "Mente du «undersokelser-innen-frist»?"
    ]


def test_bad_period_number_and_field_count_each_on_their_line() -> None:
    found = messages(
        HEAD + "sykefravaer,9999,2025H3,7.1,egen registrering\n"
        "sykefravaer,9999,2024,sju,egen registrering\n"
        "sykefravaer,9999,2024,7,1,egen registrering\n"
    )
    assert found[0].startswith("report/data/nokkeltall.csv:2:1: «2025H3» er ikke en gyldig periode.")
    assert found[1].startswith("report/data/nokkeltall.csv:3:1: «sju» er ikke et tall.")
    assert found[2].startswith("report/data/nokkeltall.csv:4:1: Raden har 6 felt, men skal ha 5")


def test_duplicates_name_the_first_line() -> None:
    found = messages(
        HEAD + "sykefravaer,9999,2024H1,7.1,egen registrering\n\nsykefravaer,9999,2024H1,7.4,egen registrering\n"
    )
    assert found == [
        "report/data/nokkeltall.csv:4:1: sykefravaer for region 9999 i 2024H1 står to ganger "
        "(også på linje 2). Slett den ene raden."
    ]


def test_wrong_header() -> None:
    assert messages("indikator;region;periode;verdi;kilde\n")[0].startswith(
        "report/data/nokkeltall.csv:1:1: Første linje skal være overskriftene"
    )


def test_round_trip() -> None:
    rows = [
        Row("sykefravaer", "9999", Period(2025, 2), 7.4, "egen registrering"),
        Row("undersokelser-innen-frist", "EAK", Period(2025, 0), 15230.0, "SSB 10666"),
    ]
    again = parse_csv(to_csv(rows), KNOWN).rows
    assert [(r.key, r.value, r.source) for r in again] == [(r.key, r.value, r.source) for r in rows]
    assert "15230,SSB" in to_csv(rows)
