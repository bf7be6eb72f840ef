"""The merge keeps what people entered and counts what changed."""

from __future__ import annotations

from rapportlinja.keyfigures.merge import merge
from rapportlinja.keyfigures.periods import Period
from rapportlinja.keyfigures.series import Row


def row(region: str, year: int, value: float, source: str = "SSB 10666") -> Row:
    return Row("undersokelser-innen-frist", region, Period(year, 0), value, source)


def test_new_changed_unchanged_and_hand_entered_rows() -> None:
    existing = [
        row("9999", 2024, 81.1),
        row("9999", 2025, 86.8),
        row("EAK", 2025, 85.0, "korrigert av barnevernleder"),
        Row("sykefravaer", "9999", Period(2025, 1), 10.8, "egen registrering"),
    ]
    fetched = [row("9999", 2024, 81.1), row("9999", 2025, 87.1), row("EAK", 2025, 84.8), row("EAK", 2024, 83.5)]
    outcome = merge(existing, fetched)
    assert (outcome.new, outcome.changed, outcome.unchanged, outcome.kept) == (1, 1, 1, 1)
    assert outcome.changes == ("undersokelser-innen-frist 9999 2025: 86,8 → 87,1",)
    by_key = {r.key: r for r in outcome.rows}
    assert by_key[row("EAK", 2025, 0).key].value == 85.0  # the person's correction stands
    assert by_key[row("EAK", 2025, 0).key].source == "korrigert av barnevernleder"
    assert by_key[("sykefravaer", "9999", Period(2025, 1))].value == 10.8
    # Existing rows keep their order; the new row comes last.
    assert [r.key for r in outcome.rows[:4]] == [r.key for r in existing]
    assert outcome.rows[4].key == row("EAK", 2024, 0).key


def test_nothing_fetched_changes_nothing() -> None:
    existing = [row("9999", 2024, 81.1)]
    outcome = merge(existing, [])
    assert outcome.rows == tuple(existing) and outcome.new == outcome.changed == 0
