import pytest

from rapportlinja.wheel import elections


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2023, 4), (2024, 1), (2025, 2), (2026, 3), (2027, 4), (2028, 1), (2032, 1), (2020, 1), (2019, 4)],
)
def test_council_year_counts_from_the_election_every_four_years(year, expected):
    assert elections.council_year(year) == expected


def test_year_one_is_the_year_after_an_election():
    assert [y for y in range(2019, 2037) if elections.is_year_one(y)] == [2020, 2024, 2028, 2032, 2036]
    assert [y for y in range(2019, 2037) if elections.is_election_year(y)] == [2019, 2023, 2027, 2031, 2035]
    assert elections.last_election(2028) == 2027
