"""The registers as records: what is open on a day, what is late, and the topic each kind puts on an agenda."""

from __future__ import annotations

import datetime as dt

from rapportlinja.meetings.registers import KINDS, describe, registers_from, topic_for

D = dt.date.fromisoformat
TILSYN = {
    "id": "TILSYN-2026-1",
    "tittel": "Tilsyn med undersøkelser",
    "ansvarlig": "barnevernleder",
    "varslet": "2026-03-02",
    "endelig_rapport": "2026-09-25",
    "funn": [
        {"tekst": "Frister ble brutt.", "frist": "2026-12-15"},
        {"tekst": "Vurderinger var ikke skriftlige.", "frist": "2026-11-01", "lukket": "2026-10-28"},
    ],
}


def test_an_entry_is_open_from_its_start_until_the_day_it_closes() -> None:
    registers = registers_from({"tilsyn": [{**TILSYN, "lukket": "2027-02-01"}]})
    assert registers.open_on(D("2026-03-01")) == ()
    assert len(registers.open_on(D("2026-03-02"))) == 1
    assert len(registers.open_on(D("2027-01-31"))) == 1
    assert registers.open_on(D("2027-02-01")) == ()


def test_lovbrudd_count_from_the_final_report_and_are_late_after_their_deadline() -> None:
    (entry,) = registers_from({"tilsyn": [TILSYN]}).entries
    assert entry.open_points(D("2026-06-01")) == ()  # before the final report: nothing to follow up yet
    assert len(entry.open_points(D("2026-10-01"))) == 2
    assert len(entry.open_points(D("2026-10-28"))) == 1  # closed that day
    assert entry.overdue_points(D("2026-12-15")) == ()
    assert len(entry.overdue_points(D("2026-12-16"))) == 1
    assert entry.next_due(D("2026-10-01")) == D("2026-11-01")


def test_an_unanswered_comment_deadline_is_the_next_deadline() -> None:
    item = {**TILSYN, "funn": [], "foreløpig_rapport": "2026-06-22", "kommentarfrist": "2026-08-14"}
    (entry,) = registers_from({"tilsyn": [item]}).entries
    assert entry.next_due(D("2026-07-01")) == D("2026-08-14")
    (sent,) = registers_from({"tilsyn": [{**item, "kommentarer_sendt": "2026-08-10"}]}).entries
    assert sent.next_due(D("2026-07-01")) is None


def test_other_registers_start_at_their_opening_date() -> None:
    data = {
        "internrevisjon": [
            {
                "id": "IR-1",
                "tittel": "Tiltaksplaner",
                "ansvarlig": "fagleder",
                "åpnet": "2026-09-01",
                "funn": [{"tekst": "Planer mangler evaluering.", "frist": "2026-10-01"}],
            }
        ]
    }
    (entry,) = registers_from(data).entries
    assert entry.kind.key == "internrevisjon" and entry.opened == D("2026-09-01")
    assert len(entry.overdue_points(D("2026-10-02"))) == 1


def test_no_file_means_empty_registers() -> None:
    assert registers_from(None).entries == ()
    assert registers_from({"tilsyn": None}).entries == ()


def test_the_topic_for_a_kind_is_found_however_the_line_words_it() -> None:
    tilsyn = next(kind for kind in KINDS if kind.key == "tilsyn")
    assert topic_for(tilsyn, ("Mediesaker", "Gjennomføring av tilsyn")) == "Gjennomføring av tilsyn"
    assert topic_for(tilsyn, ("Mediesaker",)) is None
    ros = next(kind for kind in KINDS if kind.key == "ros_analyse")
    assert topic_for(ros, ("ROS-analyser",)) == "ROS-analyser"


def test_the_description_counts_in_the_chosen_written_standard() -> None:
    (entry,) = registers_from({"tilsyn": [TILSYN]}).entries
    assert describe(entry, D("2026-12-16"), "nb") == (
        "Tilsyn TILSYN-2026-1: Tilsyn med undersøkelser. 1 åpent funn, 1 med passert frist."
    )
    assert describe(entry, D("2026-10-01"), "nn").endswith("2 opne funn.")
    assert "funn" not in describe(entry, D("2026-04-01"), "nb")
