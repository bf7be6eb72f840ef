"""Outdated legal references are read in context, from the table in checks/lovhenvisninger.yaml."""

from __future__ import annotations

import pytest

from rapportlinja.checks.legalrefs import check_outdated_references, table

CURRENT = [
    "Barnevernstjenesten skal gjennomgå bekymringsmeldinger snarest og senest innen en uke, jf. bvl. § 2-1.",
    "Meldinger som henlegges, skal begrunnes skriftlig, jf. barnevernsloven § 2-1 siste ledd.",
    "Tilstandsrapporten har hjemmel i barnevernsloven § 15-3 femte ledd.",
    # The report is named far away, in another paragraph: the § 2-1 sentence is about reports of concern.
    "Tilstandsrapporten beskriver året.\n\nAlle meldinger ble gjennomgått innen en uke (bvl. § 2-1).",
    # «rapport» in the sentence, but § 2-1 is cited for what it says today (issue 22's false alarm).
    "Denne rapporten viser at vi gjennomgår meldinger innen en uke, slik barnevernsloven § 2-1 første ledd krever.",
    "Tilstandsrapporten viser at vi henla færre meldinger enn før, jf. bvl. § 2-1 siste ledd.",
    "Rapporten bygger på tall fra fagsystemet. Hver melding er vurdert etter bvl. § 2-1.",
    "Rapporten til kommunestyret nevner bvl. § 2-1 andre ledd om henlagte meldinger.",
    # The current names and acts.
    "Statsforvalteren gjennomførte tilsyn i 2025, og barneverns- og helsenemnda behandlet fire saker.",
    "Kommunedirektøren legger rapporten fram, jf. barnevernsloven § 5-1 og § 4-2.",
    "Internkontrollen følger kommuneloven § 25-1.",
    # § 23-2 of today's kommuneloven is the kontrollutvalg's tasks: current law.
    "Kontrollutvalget har oppgavene i kommuneloven § 23-2.",
    "Tilbudet er rettet mot barn etter barnevernsloven § 4-2.",
]
OUTDATED = [
    "Tilstandsrapporten utarbeides etter bvl. § 2-1 niende ledd.",
    "Tilstandsrapport jf. bvl. § 2-1 siste ledd. Årlig rapport sammen med kvalitetsmelding for oppvekstsektoren.",
    "Kommunestyret skal ha en årlig redegjørelse, jf. barnevernloven § 2-1.",
    "Meldingene er gjennomgått; se ellers bvl. § 2-1 niende ledd.",
    "Rapporten gis etter bvl. § 2-1 tiende ledd.",
    "Kvalitetsmeldingen har hjemmel i bvl. § 2-1 siste ledd.",
]
# Old municipal texts: each term names what replaced it (the table's «gjelder_nå») and the date it changed.
RENAMED = [
    ("Fylkesmannen gjennomførte tilsyn med tjenesten.", "fylkesmannen", "Statsforvalteren", "1. januar 2021"),
    ("Saken ble sendt til fylkesnemnda i mars.", "fylkesnemnda", "barneverns- og helsenemnda", "1. januar 2023"),
    ("Rapporten legges fram av rådmannen.", "radmannen", "kommunedirektøren", "31. oktober 2019"),
    (
        "Tjenesten arbeider etter lov om barneverntjenester.",
        "lov-om-barneverntjenester",
        "barnevernsloven",
        "1. januar 2023",
    ),
    ("Vedtak etter barnevernloven § 4-12 ble fattet to ganger.", "omsorgsovertakelse-4-12", "§ 5-1", "1. januar 2023"),
    ("Tiltaket er hjemlet i bvl. § 4-24.", "barnevernloven-1992-kapittel-4", "2021", "1. januar 2023"),
    (
        "Internkontrollen skjer etter kommuneloven § 23 nr. 2.",
        "internkontroll-kommuneloven-1992",
        "§ 25-1",
        "1. januar 2021",
    ),
    (
        "Rådmannen har internkontroll etter kommuneloven § 23-2.",
        "internkontroll-kommuneloven-1992",
        "§ 25-1",
        "1. januar 2021",
    ),
]


@pytest.mark.parametrize("text", CURRENT)
def test_current_law_passes_silently(text: str) -> None:
    assert check_outdated_references(text, "kapittel.md") == []


@pytest.mark.parametrize("text", OUTDATED)
def test_status_report_basis_under_section_2_1_warns(text: str) -> None:
    (finding,) = check_outdated_references(text, "kapittel.md", 10)
    assert finding.severity == "advarsel" and finding.code.startswith("legal.outdated.")
    assert finding.hint == "Skriv barnevernsloven § 15-3 femte ledd."
    assert finding.line == 10 + text.count("\n", 0, text.index("§") if "§" in text else 0)


@pytest.mark.parametrize(("text", "row", "now", "changed"), RENAMED)
def test_old_names_and_numbers_warn_with_what_replaced_them_and_when(
    text: str, row: str, now: str, changed: str
) -> None:
    codes = {f.code: f for f in check_outdated_references(text, "kapittel.md")}
    finding = codes[f"legal.outdated.{row}"]
    assert now in finding.hint and changed in finding.message


def test_the_table_is_data_with_a_replacement_date_and_source_for_every_row() -> None:
    rows = table()
    assert len({row.id for row in rows}) == len(rows)
    assert all(row.now and row.was and row.source for row in rows)
    # A source is a page that was read, or says openly why it was not checked.
    assert all(row.source.startswith(("https://", "ikke kontrollert")) for row in rows)
