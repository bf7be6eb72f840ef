"""The board as records: what is late and what is next, from records alone."""

from __future__ import annotations

import datetime as dt

from rapportlinja.meetings.marking import INTERNAL_ONLY
from rapportlinja.meetings.minutes import Action, Minutes
from rapportlinja.meetings.registers import registers_from
from rapportlinja.meetings.routine import line_from
from rapportlinja.status import board
from rapportlinja.wheel.model import Activity, Timing, Wheel
from tests.meetings.deadlines_test import LINE

D = dt.date.fromisoformat


def activity(title: str, month: int, status: str = "planlagt", derived: bool = False) -> Activity:
    return Activity(title, "k", "kommunalsjef", status, Timing(month, month), "report/arshjul.yaml", 1, derived=derived)


def test_wheel_shows_late_first_then_the_next_six_weeks_and_never_what_is_done() -> None:
    wheel = Wheel(
        2026,
        False,
        (),
        (
            activity("Budsjett", 3),
            activity("Ferdig ting", 4, "ferdig"),
            activity("Tilstandsrapport", 6),
            activity("Møte", 5, derived=True),
            activity("Langt fram", 11),
        ),
    )
    shown = board.wheel_deadlines(wheel, D("2026-06-15"))
    assert [(d.what, d.late) for d in shown] == [("Budsjett", True), ("Tilstandsrapport", False)]


def test_a_line_with_minutes_waiting_and_an_overdue_action() -> None:
    line = line_from(LINE)
    held = Minutes(
        "m.md",
        "a-b",
        D("2026-05-12"),
        (),
        INTERNAL_ONLY,
        (),
        (),
        (Action("Lage plan", "barnevernleder", D("2026-06-01"), True, None),),
        (),
        None,
    )

    class Routine:
        lines = (line,)

    (state,) = board.line_states(Routine(), {"a-b": (held,)}, D("2026-06-15"))  # type: ignore[arg-type]
    assert state.next_meeting == D("2026-07-14") and state.agenda_due == D("2026-07-07")
    assert state.awaiting_approval == (D("2026-05-12"),)
    assert [(a.what, a.late) for a in state.actions] == [("Lage plan", True)]
    assert not state.agenda_late


def test_late_counts_every_kind() -> None:
    registers = registers_from(
        {
            "internrevisjon": [
                {
                    "id": "IR-1",
                    "tittel": "Planer",
                    "ansvarlig": "fagleder",
                    "åpnet": "2026-01-01",
                    "funn": [{"tekst": "Mangler.", "frist": "2026-02-01"}],
                }
            ]
        }
    )
    built = board.build(D("2026-06-15"), "nb", (), None, None, {}, registers)
    assert [r.overdue_points for r in built.registers] == [1] and built.late == 1
