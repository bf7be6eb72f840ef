"""The classification vocabulary: one list of bases with nb and nn text, and agendas marked by what they carry."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rapportlinja.meetings import marking
from rapportlinja.meetings.marking import INTERNAL_ONLY, WITHHELD, Classification, carried, combined
from tests.meetings.helpers import BL, KD, KS, agenda, run, withhold

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
CASE_BASIS = "offl. § 13, jf. bvl. § 13-1"
PERSONNEL_BASIS = "offl. § 13, jf. fvl. § 13 første ledd nr. 1"


@pytest.mark.parametrize("kind", ["referat", "kapittel"])
def test_schemas_list_exactly_the_vocabulary(kind: str) -> None:
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text("utf-8"))
    assert schema["properties"]["hjemmel"]["enum"] == list(marking.vocabulary().citations)
    assert schema["properties"]["klassifisering"]["enum"] == ["offentlig", "intern", "unntatt offentlighet"]
    assert schema["then"]["required"] == ["hjemmel"]


def test_every_marking_in_bokmal_and_nynorsk() -> None:
    words = marking.vocabulary()
    # § 14 is a may-rule: the marking says the document may be withheld and that merinnsyn is considered.
    assert (
        marking.marking(INTERNAL_ONLY, "nb")
        == "Organinternt dokument – kan unntas etter offl. § 14; merinnsyn vurderes etter offl. § 11"
    )
    assert (
        marking.marking(INTERNAL_ONLY, "nn")
        == "Organinternt dokument – kan unntakast etter offl. § 14; meirinnsyn blir vurdert etter offl. § 11"
    )
    assert {"offl. § 18", "offl. § 23 første ledd"} <= set(words.citations)
    assert marking.marking(Classification("offentlig", None), "nn") == "Offentleg"
    assert marking.marking(Classification(WITHHELD, CASE_BASIS), "nb") == (
        "Unntatt offentlighet, jf. offl. § 13, jf. bvl. § 13-1"
    )
    assert marking.marking(Classification(WITHHELD, PERSONNEL_BASIS), "nn") == (
        "Unnateke offentlegheit, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 1"
    )
    for basis in words.bases:
        assert basis.citation in basis.text["nb"] and basis.citation in basis.text["nn"]
        assert basis.text["nb"].startswith("Unntatt offentlighet") and basis.text["nn"].startswith("Unnateke")


def test_case_codes_alone_do_not_make_an_item_confidential() -> None:
    source = Classification("intern", None)
    assert carried("Alvorlige og kompliserte saker", ("BV-2026-001",), source) == INTERNAL_ONLY
    assert carried("Mediesaker", (), Classification(WITHHELD, CASE_BASIS)) == INTERNAL_ONLY


def test_items_are_marked_by_their_content() -> None:
    withheld = Classification(WITHHELD, CASE_BASIS)
    case = carried("Erstatningssaker", ("BV-2026-033",), withheld)
    personnel = carried("Evt. alvorlige personalsaker", (), None)
    assert case == Classification(WITHHELD, CASE_BASIS)
    assert personnel == Classification(WITHHELD, PERSONNEL_BASIS)
    assert combined([case, personnel]).basis == "offl. § 13, jf. bvl. § 13-1 og fvl. § 13 første ledd nr. 1"
    assert combined([INTERNAL_ONLY, INTERNAL_ONLY]) == INTERNAL_ONLY


def test_agenda_without_case_or_personnel_content_is_not_marked_under_section_13(example: Path) -> None:
    # The minutes before are marked § 13, but the item the agenda carries (a media case) holds no case content.
    minutes = example / "meetings" / BL / "2026-05-12.md"
    text = minutes.read_text("utf-8").replace(
        "klassifisering: intern", f"klassifisering: unntatt offentlighet\nhjemmel: {CASE_BASIS}"
    )
    minutes.write_text(text, encoding="utf-8")
    made = agenda(example, KS, "--dato", "2026-05-21")
    assert "**Organinternt dokument – kan unntas etter offl. § 14; merinnsyn vurderes etter offl. § 11**" in made
    assert "§ 13" not in made


def test_the_shipped_minutes_hold_no_confidential_information_nor_does_the_agenda_they_feed(example: Path) -> None:
    # Case codes and «a compensation claim is received» are not information under § 13 (issue 22).
    for line, date in ((BL, "2026-08-11"), (KS, "2026-08-20"), (KD, "2026-08-26")):
        assert "klassifisering: intern" in (example / "meetings" / line / f"{date}.md").read_text("utf-8")
    made = agenda(example, KD, "--dato", "2026-08-26")
    assert "§ 13" not in made and "kan unntas etter offl. § 14" in made


def test_agenda_carrying_a_case_item_from_withheld_minutes_is_withheld(example: Path) -> None:
    withhold(example, KS, "2026-08-20")
    made = agenda(example, KD, "--dato", "2026-08-26")
    assert "**Unntatt offentlighet, jf. offl. § 13, jf. bvl. § 13-1**" in made


def test_minutes_scaffold_offers_the_bases_from_the_vocabulary(example: Path) -> None:
    assert run(example, "referat", "ny", KS, "--dato", "2026-12-17") == 0
    text = (example / "meetings" / KS / "2026-12-17.md").read_text("utf-8")
    assert "klassifisering: intern  # organinternt (offl. § 14)" in text
    for citation in marking.vocabulary().citations:
        assert f"# hjemmel: '{citation}'" in text or f"# hjemmel: {citation}" in text


def test_withheld_minutes_need_a_basis_from_the_list(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    minutes = example / "meetings" / BL / "2026-05-12.md"
    text = minutes.read_text("utf-8").replace("klassifisering: intern", "klassifisering: unntatt offentlighet")
    minutes.write_text(text, encoding="utf-8")
    assert run(example, "sjekk", str(minutes)) == 1
    assert "Mangler nøkkelen «hjemmel»" in capsys.readouterr().err
    minutes.write_text(
        text.replace(
            "klassifisering: unntatt offentlighet", "klassifisering: unntatt offentlighet\nhjemmel: offl. § 99"
        ),
        encoding="utf-8",
    )
    assert run(example, "sjekk", str(minutes)) == 1
    assert "offl. § 13, jf. bvl. § 13-1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("classification", "pair", "weighed"),
    [
        (Classification("offentlig", None), None, False),
        (INTERNAL_ONLY, ("14", "offl. § 14"), True),
        (Classification(WITHHELD, CASE_BASIS), ("13", CASE_BASIS), False),  # confidential: nothing to weigh
        (Classification(WITHHELD, "offl. § 18"), ("18", "offl. § 18"), True),
        (Classification(WITHHELD, "offl. § 23 første ledd"), ("23", "offl. § 23 første ledd"), True),
    ],
    ids=["public", "internal", "section-13", "section-18", "section-23"],
)
def test_noark_pair_and_merinnsyn(classification: Classification, pair: tuple[str, str] | None, weighed: bool) -> None:
    assert marking.noark_pair(classification) == pair
    assert marking.merinnsyn_weighed(classification) is weighed


def test_sending_outside_the_organ_ends_only_section_14() -> None:
    sent = dt.date(2026, 9, 10)
    assert marking.sent_out(INTERNAL_ONLY, sent) == Classification("offentlig", None)
    assert marking.sent_out(Classification(WITHHELD, "offl. § 14"), sent) == Classification("offentlig", None)
    assert marking.sent_out(Classification(WITHHELD, CASE_BASIS), sent) == Classification(WITHHELD, CASE_BASIS)
    assert marking.sent_out(INTERNAL_ONLY, None) == INTERNAL_ONLY


def test_agenda_prints_the_noark_pair_under_the_marking(example: Path) -> None:
    made = agenda(example, BL, "--dato", "2026-03-10")
    assert "- I arkivet (Noark): tilgangskode 14, skjermingshjemmel offl. § 14" in made


def test_withheld_agenda_prints_its_basis_as_the_pair_without_merinnsyn(example: Path) -> None:
    withhold(example, KS, "2026-08-20")
    made = agenda(example, KD, "--dato", "2026-08-26")
    assert f"- I arkivet (Noark): tilgangskode 13, skjermingshjemmel {CASE_BASIS}\n" in made
