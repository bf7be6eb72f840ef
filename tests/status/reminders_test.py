"""The reminder plan: which deadlines get an issue, under which key, and who is notified."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rapportlinja.meetings.marking import INTERNAL_ONLY
from rapportlinja.meetings.minutes import Action, Minutes
from rapportlinja.meetings.registers import registers_from
from rapportlinja.meetings.routine import line_from
from rapportlinja.status import board, reminders
from tests.meetings.deadlines_test import LINE

D = dt.date.fromisoformat
TEAMS = {"barnevernleder": "@kommune/barnevernledelse", "kommunalsjef": "@kommune/kommunalsjef"}


class _Routine:
    lines = (line_from(LINE),)


def _minutes(due: str, still_open: bool = True) -> Minutes:
    action = Action("Lage plan for tilsynet.", "barnevernleder", D(due), still_open, None)
    return Minutes("m.md", "a-b", D("2026-05-12"), (), INTERNAL_ONLY, (), (), (action,), (), None)


def _tilsyn(point: dict[str, Any]) -> dict[str, Any]:
    return {
        "tilsyn": [
            {
                "id": "TILSYN-2026-1",
                "tittel": "Tilsyn med undersøkelser",
                "ansvarlig": "barnevernleder",
                "varslet": "2026-03-02",
                "endelig_rapport": "2026-05-01",
                "saker": ["2026/123"],
                "funn": [point],
            }
        ]
    }


def _plan(today: str, history: dict[str, tuple[Minutes, ...]], registers: dict[str, Any] | None = None) -> Any:
    register_data = registers_from(registers)
    built = board.build(D(today), "nb", (), None, _Routine(), history, register_data)  # type: ignore[arg-type]
    return {r.key: r for r in reminders.plan(built, history, register_data, TEAMS)}


def test_deadlines_within_two_weeks_and_late_ones_get_an_issue_with_a_stable_key() -> None:
    history = {"a-b": (_minutes("2026-06-01"),)}
    plan = _plan("2026-06-29", history, _tilsyn({"tekst": "Fristene ble ikke holdt.", "frist": "2026-07-10"}))
    # Next meeting 14 July: input due 3 July, agenda out 7 July; minutes of 12 May not approved yet.
    assert set(plan) == {
        "innspill:a-b:2026-07-14",
        "dagsorden:a-b:2026-07-14",
        "referat:a-b:2026-05-12",
        "tiltak:a-b:2026-05-12:1",
        "register:TILSYN-2026-1:funn1",
    }
    action = plan["tiltak:a-b:2026-05-12:1"]
    assert action.title == "Tiltak med frist 1. juni 2026: Lage plan for tilsynet"
    assert action.body.startswith("**Fristen er passert.**") and "Til: @kommune/barnevernledelse" in action.body
    assert "Til: @kommune/kommunalsjef" in plan["referat:a-b:2026-05-12"].body  # the recipient approves
    finding = plan["register:TILSYN-2026-1:funn1"]
    assert finding.title == "Tilsyn TILSYN-2026-1, funn 1: frist 10. juli 2026"
    assert "Saker\\: 2026\\/123\\." in finding.body  # the case ID, as escaped Markdown


def test_what_is_done_or_far_ahead_has_no_issue() -> None:
    history = {"a-b": (_minutes("2026-09-01"),)}
    closed = _tilsyn({"tekst": "Fristene ble ikke holdt.", "frist": "2026-06-20", "lukket": "2026-06-10"})
    plan = _plan("2026-06-15", history, closed)
    assert not any(key.startswith(("tiltak:", "register:")) for key in plan)  # due in September; closed
    assert not any(key.startswith(("innspill:", "dagsorden:")) for key in plan)  # the July meeting is 4 weeks off
    assert "tiltak:a-b:2026-05-12:1" not in _plan("2026-08-25", {"a-b": (_minutes("2026-09-01", False),)})


def test_a_role_without_a_team_is_named_so_someone_adds_it() -> None:
    text = reminders.mentions(("barnevernleder", "fagleder"), TEAMS, "nb")
    assert text.startswith("Til: @kommune/barnevernledelse")
    assert "Rollen «fagleder» har ikke noe team under «team:»" in text
    assert "Rolla «fagleder» har ikkje noko team" in reminders.mentions(("fagleder",), {}, "nn")


def test_the_marker_is_an_html_comment_github_does_not_show() -> None:
    assert reminders.marker("tiltak:a-b:2026-05-12:1") == "<!-- rapportlinja:frist:tiltak:a-b:2026-05-12:1 -->"
    assert reminders.marker("status") == "<!-- rapportlinja:status -->"
    assert reminders.slug("Årshjulet for neste år gjennomgås") == "årshjulet-for-neste-år-gjennomgås"
