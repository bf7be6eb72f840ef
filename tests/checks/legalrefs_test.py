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
]
OUTDATED = [
    "Tilstandsrapporten utarbeides etter bvl. § 2-1 niende ledd.",
    "Tilstandsrapport jf. bvl. § 2-1 siste ledd. Årlig rapport sammen med kvalitetsmelding for oppvekstsektoren.",
    "Kommunestyret skal ha en årlig redegjørelse, jf. barnevernloven § 2-1.",
    "Meldingene er gjennomgått; se ellers bvl. § 2-1 niende ledd.",
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


def test_the_table_is_data_with_a_replacement_for_every_row() -> None:
    rows = table()
    assert len({row.id for row in rows}) == len(rows)
    assert all(row.now and row.was for row in rows)
