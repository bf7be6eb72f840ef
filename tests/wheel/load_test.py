"""The wheel for a year: year-1 steps computed from the election cycle, meetings from the routine."""

from __future__ import annotations

import datetime as dt

from tests.wheel.helpers import titles, wheel

PRESENT = "Barnevernstjenesten presenterer seg for det nye kommunestyret"


def test_year_one_steps_appear_only_after_an_election(example):
    for year in (2024, 2028):
        found = wheel(example, year)
        assert found.year_one and PRESENT in titles(found)
        assert "KS Barnevernløft promoteres for oppvekstutvalget og kommunestyret" in titles(found)
    for year in (2025, 2026, 2027):
        assert PRESENT not in titles(wheel(example, year))


def test_meetings_come_from_the_routine_not_the_wheel_file(example):
    meetings = [a for a in wheel(example, 2026).activities if a.derived]
    assert len(meetings) == 3 and all(a.category == "moter" and a.source == "meetings/rutine.yaml" for a in meetings)
    monthly, half_yearly = meetings[0], next(a for a in meetings if "halvårlig" in a.title)
    assert len(monthly.timing.days) == 11 and 7 not in [month for month, _ in monthly.timing.days]  # no July
    assert [month for month, _ in half_yearly.timing.days] == [1, 8]
    assert half_yearly.timing.days[0] == (1, 28)  # the fourth Wednesday of January 2026


def test_political_treatment_takes_its_date_from_the_edition(example):
    activities = {a.title: a for a in wheel(example, 2026).activities}
    assert activities["Tilstandsrapporten behandles i oppvekstutvalget"].timing.days == ((4, 15),)
    assert activities["Tilstandsrapporten behandles i kommunestyret"].timing.days == ((5, 6),)
    later = {a.title: a for a in wheel(example, 2027).activities}
    assert later["Tilstandsrapporten behandles i kommunestyret"].timing.days == ()  # no date yet: the month
    assert later["Tilstandsrapporten behandles i kommunestyret"].timing.last_month == 5


def test_statuses_apply_only_to_the_year_of_the_file(example):
    assert {a.status for a in wheel(example, 2026).activities if not a.derived} >= {"ferdig", "planlagt"}
    assert {a.status for a in wheel(example, 2027, dt.date(2026, 11, 1)).activities} == {"planlagt"}


def test_table_order_is_by_time_and_numbers_follow_it(example):
    found = wheel(example, 2026)
    starts = [a.timing.days[0][0] if a.timing.days else a.timing.first_month for a in found.activities]
    assert starts == sorted(starts)


def test_election_year_autumn_steps_only_in_election_years(example):
    agenda_item = (
        "Presentasjonen av barnevernstjenesten settes på møteplanen til det nye oppvekstutvalget og kommunestyret"
    )
    for year in (2027, 2031):
        found = wheel(example, year)
        assert agenda_item in titles(found) and "Tilstandsrapporten for år 1 planlegges" in titles(found)
        step = next(a for a in found.activities if a.title == agenda_item)
        assert step.timing.first_month >= 10  # after the new council takes office in October
    for year in (2026, 2028, 2029, 2030):
        assert agenda_item not in titles(wheel(example, year))


def test_first_half_of_the_term_is_october_to_march(example):
    presentation = "Barnevernstjenesten presenterer seg for det nye kommunestyret"
    step = next(a for a in wheel(example, 2028).activities if a.title == presentation)
    assert step.timing.last_month <= 3


def test_statsforvalteren_and_audit_follow_up_are_in_the_wheel(example):
    found = titles(wheel(example, 2026))
    assert sum("Statsforvalteren" in t for t in found) == 2  # half-yearly
    assert "Oppfølging av forvaltningsrevisjon av barnevernet" in found


def test_election_year_is_said_in_the_appendix_words():
    from rapportlinja.base.labels import LABELS

    assert "valgår" in LABELS["nb"].wheel_election_year and "valår" in LABELS["nn"].wheel_election_year
