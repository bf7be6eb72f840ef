"""Topics when relevant appear only when something triggers them, and the routine file rules all."""

from __future__ import annotations

from pathlib import Path

from tests.meetings.helpers import BL, KD, agenda, squeeze

TRIGGERED = "## Temaer som er aktuelle denne gangen"
FULL_LIST = "## Temaer når aktuelt (hele listen)"


def triggered_part(text: str) -> str:
    return text.split(TRIGGERED)[1].split(FULL_LIST)[0]


def test_follow_up_mark_triggers_the_topic(example: Path) -> None:
    text = agenda(example, BL, "--dato", "2026-03-10")
    assert "Nytt regelverk / føringer – oppfølging og implementering" in triggered_part(text)
    assert "Merket for oppfølging i referatet fra 10. februar 2026." in text


def test_without_the_mark_nothing_is_triggered(example: Path) -> None:
    minutes = example / "meetings" / BL / "2026-02-10.md"
    minutes.write_text(minutes.read_text("utf-8").replace("    følges_opp: true\n", ""), encoding="utf-8")
    (example / "meetings/registre.yaml").unlink()  # the tilsyn notified on 2 March would trigger «Tilsyn»
    text = agenda(example, BL, "--dato", "2026-03-10")
    assert "Ingenting har utløst noen av temaene som tas opp når aktuelt." in text
    assert "Nytt regelverk" not in triggered_part(text)
    assert "- Nytt regelverk / føringer – oppfølging og implementering" in text.split(FULL_LIST)[1]


def test_closed_actions_do_not_trigger_open_ones_do(example: Path) -> None:
    text = agenda(example, BL, "--dato", "2026-12-08")
    assert "Skrive tilsvar i erstatningssaken" not in text  # closed in August
    assert "Erstatningssaker" not in triggered_part(text)
    assert (
        "Tiltak med passert frist (30. november 2026) fra møtet 8. september 2026: Gjennomføre internrevisjon "
        "av et utvalg tiltaksplaner. Ansvarlig: barnevernleder."
    ) in squeeze(text)
    assert "Åpent tiltak fra møtet 10. november 2026, frist 9. februar 2027" in text


def test_action_is_open_before_and_overdue_after_its_due_date(example: Path) -> None:
    before = agenda(example, BL, "--dato", "2026-11-10")
    assert "Åpent tiltak fra møtet 8. september 2026, frist 30. november 2026" in before
    after = agenda(example, BL, "--dato", "2026-12-08")
    assert "Tiltak med passert frist (30. november 2026) fra møtet 8. september 2026" in after


def test_key_figures_are_never_triggered_without_key_figures(example: Path) -> None:
    for date in ("2026-03-10", "2026-12-08"):
        assert "Nøkkeltall" not in triggered_part(agenda(example, BL, "--dato", date))


def test_approval_only_when_previous_minutes_are_unapproved(example: Path) -> None:
    assert "Godkjenning av referatet" not in agenda(example, BL, "--dato", "2026-11-10")
    assert "1. Godkjenning av referatet fra møtet 10. november 2026" in agenda(example, BL, "--dato", "2026-12-08")


def test_a_new_topic_and_a_fourth_line_are_edits_to_the_routine_only(example: Path) -> None:
    routine = example / "meetings" / "rutine.yaml"
    text = routine.read_text("utf-8")
    text = text.replace(
        "      - Oppfølging av vertskommunesamarbeid\n",
        "      - Oppfølging av vertskommunesamarbeid\n      - Beredskap i ferier\n",
        1,
    )
    text = text.replace(
        "    varighet_minutter: 90\n", "    varighet_minutter: 90\n    rapporterer_til: kommunedirektor-formannskap\n"
    )
    text += """  - id: kommunedirektor-formannskap
    rapporterer: kommunedirektør
    mottaker: formannskapet
    hyppighet: årlig
    måneder: [2]
    ukedag: mandag
    uke_i_måneden: 1
    klokkeslett: "12:00"
    standardtema: Orientering om barnevernet
    temaer_hvert_møte:
      - Orientering om barnevernet
    temaer_når_aktuelt:
      - Erstatningssaker
"""
    routine.write_text(text, encoding="utf-8")
    minutes = example / "meetings" / KD / "2027-01-27.md"
    minutes.write_text(
        "---\nlinje: kommunaldirektor-kommunedirektor\ndato: 2027-01-27\ndeltakere: [kommunedirektør]\n"
        "klassifisering: intern\ntemaer: []\ntil_neste_linje:\n  - tekst: Erstatningskravet er avgjort.\n"
        "    tema: Erstatningssaker\n---\n",
        encoding="utf-8",
    )
    assert "Beredskap i ferier" in agenda(example, BL, "--dato", "2026-12-08")
    top = agenda(example, "kommunedirektor-formannskap", "--i-dag", "2027-01-28")
    assert "# Dagsorden 1. februar 2027" in top
    assert "Rapporteringsmøte mellom kommunedirektør og formannskapet" in top
    assert "Erstatningskravet er avgjort." in triggered_part(top)


def test_an_open_tilsyn_is_on_the_agendas_of_the_lines_that_name_it_until_it_closes(example: Path) -> None:
    """The routine names «Tilsyn» (first line) and «Gjennomføring av tilsyn» (the two above): all three get it."""
    for line, topic in ((BL, "Tilsyn"), (KD, "Gjennomføring av tilsyn")):
        text = squeeze(triggered_part(agenda(example, line, "--dato", "2027-01-27" if line == KD else "2026-12-08")))
        assert f"{topic} - Åpen i meetings/registre.yaml siden 2. mars 2026: Tilsyn TILSYN-2026-1:" in text
    registers = example / "meetings/registre.yaml"
    registers.write_text(
        registers.read_text("utf-8").replace(
            "    endelig_rapport: 2026-09-25\n", "    endelig_rapport: 2026-09-25\n    lukket: 2026-12-01\n"
        ),
        encoding="utf-8",
    )
    for line, date in ((BL, "2026-12-08"), (KD, "2027-01-27")):
        assert "TILSYN-2026-1" not in agenda(example, line, "--dato", date)
    # Before it was notified, it is on no agenda either.
    assert "TILSYN-2026-1" not in agenda(example, BL, "--dato", "2026-02-10")
