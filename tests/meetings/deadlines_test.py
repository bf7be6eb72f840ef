"""A meeting's input and agenda deadlines, from the routine's days, on working days."""

from __future__ import annotations

import datetime as dt

from rapportlinja.meetings import deadlines
from rapportlinja.meetings.routine import line_from

LINE = {
    "id": "a-b",
    "rapporterer": "barnevernleder",
    "mottaker": "kommunalsjef",
    "hyppighet": "månedlig",
    "ukedag": "tirsdag",
    "uke_i_måneden": 2,
    "klokkeslett": "09:00",
    "standardtema": "Aktuelt",
    "temaer_hvert_møte": ["Aktuelt"],
    "temaer_når_aktuelt": [],
}


def test_defaults_are_seven_and_ten_days_before() -> None:
    due = deadlines.for_meeting(line_from(LINE), dt.date(2026, 12, 8))
    assert due.agenda_due == dt.date(2026, 12, 1) and due.input_due == dt.date(2026, 11, 27)  # a Friday


def test_a_deadline_on_a_weekend_or_holiday_is_the_working_day_before() -> None:
    line = line_from({**LINE, "dagsorden_dager_før": 7, "innspill_dager_før": 9})
    # 24 May 2026 is a Sunday; 17 May (Sunday, Grunnlovsdag) and Saturday 16 May are not working days either.
    due = deadlines.for_meeting(line, dt.date(2026, 5, 26))
    assert due.agenda_due == dt.date(2026, 5, 19)
    assert due.input_due == dt.date(2026, 5, 15)


def test_the_council_rule_of_ten_days() -> None:
    line = line_from({**LINE, "dagsorden_dager_før": 10, "innspill_dager_før": 14})
    due = deadlines.for_meeting(line, dt.date(2026, 6, 18))
    assert due.agenda_due == dt.date(2026, 6, 8) and due.input_due == dt.date(2026, 6, 4)
