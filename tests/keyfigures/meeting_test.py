"""Agendas get «Nøkkeltall – avvik fra normalen» with exactly the deviating figures, and only then."""

from __future__ import annotations

from pathlib import Path

from tests.meetings.helpers import BL, agenda, squeeze

TRIGGERED = "## Temaer som er aktuelle denne gangen"
FULL_LIST = "## Temaer når aktuelt (hele listen)"


def triggered_part(text: str) -> str:
    return text.split(TRIGGERED)[1].split(FULL_LIST)[0]


def add_rows(root: Path, *rows: str) -> None:
    with (root / "report/data/nokkeltall.csv").open("a", encoding="utf-8") as handle:
        handle.write("".join(row + "\n" for row in rows))


def test_example_figures_do_not_trigger_the_topic(example: Path) -> None:
    assert "Nøkkeltall" not in triggered_part(agenda(example, BL, "--dato", "2026-12-08"))


def test_a_deviating_figure_triggers_the_topic_with_exactly_that_figure(example: Path) -> None:
    add_rows(example, "sykefravaer,9999,2026H1,12.4,egen registrering")
    text = squeeze(triggered_part(agenda(example, BL, "--dato", "2026-12-08")))
    assert "Nøkkeltall – avvik fra normalen" in text
    assert (
        squeeze(
            "Nøkkeltall avviker fra normalen: Sykefravær i barnevernstjenesten, 2026H1: 12,4\u00a0%, "
            "4,6 prosentpoeng høyere enn snittet for de fire foregående halvårene (7,8\u00a0%). "
            "Verre enn normalt."
        )
        in text
    )
    assert text.count("Nøkkeltall avviker fra normalen") == 1


def test_figures_not_yet_known_on_the_meeting_date_do_not_count(example: Path) -> None:
    # 2026H1 ends 30 June; a meeting in May cannot know it, so an old agenda stays the same.
    add_rows(example, "sykefravaer,9999,2026H1,12.4,egen registrering")
    assert "Nøkkeltall" not in triggered_part(agenda(example, BL, "--dato", "2026-05-12"))


def test_ssb_figures_count_from_15_march(example: Path) -> None:
    add_rows(example, "undersokelser-innen-frist,9999,2026,60.0,SSB 10666")
    assert "Nøkkeltall" not in triggered_part(agenda(example, BL, "--dato", "2027-03-09"))
    assert "Andel undersøkelser avsluttet innen tre måneder, 2026: 60,0" in agenda(example, BL, "--dato", "2027-03-16")


def test_deviation_sentence_follows_the_routine_language(example: Path) -> None:
    routine = example / "meetings" / "rutine.yaml"
    routine.write_text(routine.read_text("utf-8").replace("målform: nb", "målform: nn"), encoding="utf-8")
    add_rows(example, "sykefravaer,9999,2026H1,12.4,egen registrering")
    text = squeeze(agenda(example, BL, "--dato", "2026-12-08"))
    assert (
        squeeze(
            "Nøkkeltal avvik frå det normale: Sykefravær i barnevernstjenesten, 2026H1: 12,4\u00a0%, "
            "4,6 prosentpoeng høgare enn snittet for dei fire førre halvåra (7,8\u00a0%). "
            "Verre enn normalt."
        )
        in text
    )
    assert "høyere enn snittet" not in text and "foregående" not in text
