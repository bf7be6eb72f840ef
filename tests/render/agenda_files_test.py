"""The agenda PDF read back: the classification marking on every page and in the metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from rapportlinja.base.layout import Layout
from rapportlinja.pipeline import inputs
from rapportlinja.render.upcoming import write_upcoming_agendas
from tests.meetings.helpers import BL, KD, KS, agenda, withhold

pytestmark = pytest.mark.slow  # writes agenda PDFs with Typst

PERSONNEL = "Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 1"
INTERNAL = "Organinternt dokument – kan unntas etter offl. § 14; merinnsyn vurderes etter offl. § 11"
INTERNAL_NN = "Organinternt dokument – kan unntakast etter offl. § 14; meirinnsyn blir vurdert etter offl. § 11"


def many_actions(root: Path) -> None:
    """Forty open actions under the personnel topic, so the agenda runs over several pages and is withheld."""
    rows = "".join(
        f"  - hva: Tiltak nummer {n} som må følges opp før neste møte.\n    ansvarlig: barnevernleder\n"
        f"    frist: 2026-12-01\n    status: åpen\n    tema: Evt. alvorlige personalsaker\n"
        for n in range(40)
    )
    path = root / "meetings" / BL / "2026-11-10.md"
    text = path.read_text("utf-8").replace("oppfølging:\n", "oppfølging:\n" + rows, 1)
    path.write_text(text, encoding="utf-8")


def test_marking_on_every_page_and_in_metadata(example: Path) -> None:
    many_actions(example)
    agenda(example, BL, "--dato", "2026-12-08")
    reader = PdfReader(example / "build/agenda" / BL / "2026-12-08.pdf")
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert PERSONNEL in " ".join(page.extract_text().split())
    assert PERSONNEL in str(reader.metadata["/Keywords"])
    assert str(reader.metadata["/Title"]).startswith("Dagsorden 8. desember 2026")
    assert reader.trailer["/Root"]["/Lang"] == "nb-NO"


def test_internal_marking(example: Path) -> None:
    agenda(example, BL, "--dato", "2026-03-10")
    reader = PdfReader(example / "build/agenda" / BL / "2026-03-10.pdf")
    assert all(INTERNAL in " ".join(page.extract_text().split()) for page in reader.pages)
    assert INTERNAL in str(reader.metadata["/Keywords"])


def test_nynorsk_labels(example: Path) -> None:
    routine = example / "meetings" / "rutine.yaml"
    routine.write_text(routine.read_text("utf-8").replace("målform: nb", "målform: nn"), encoding="utf-8")
    text = agenda(example, BL, "--dato", "2026-12-08")
    assert "## Tema på kvart møte" in text and INTERNAL_NN in text
    assert "- Tid: tysdag 8. desember 2026, kl. 09.00–10.00" in text
    withhold(example, KS, "2026-08-20")
    withheld = agenda(example, KD, "--dato", "2026-08-26")
    assert "**Unnateke offentlegheit, jf. offl. § 13, jf. bvl. § 13-1**" in withheld


def test_upcoming_agendas_for_the_release(example: Path) -> None:
    paths = write_upcoming_agendas(Layout(example), inputs.load(Layout(example)), dt.date(2026, 12, 1), 62)
    assert [p.relative_to(example).as_posix() for p in paths] == [
        f"build/agenda/{BL}/2026-12-08.pdf",
        f"build/agenda/{KS}/2026-12-17.pdf",
        f"build/agenda/{BL}/2027-01-12.pdf",
        f"build/agenda/{KS}/2027-01-21.pdf",
        f"build/agenda/{KD}/2027-01-27.pdf",
    ]
    assert all(p.is_file() and p.with_suffix(".md").is_file() for p in paths)


def test_no_short_spill_onto_a_last_page(example: Path) -> None:
    """Agendas just over a page are set tighter: never a few lines alone on the last page."""
    path = example / "meetings" / BL / "2026-02-10.md"
    original = path.read_text("utf-8")
    pages = set()
    for count in range(2, 9):
        rows = "".join(
            f"  - hva: Tiltak nummer {n} som må følges opp før neste møte.\n    ansvarlig: barnevernleder\n"
            f"    frist: 2026-12-01\n    status: åpen\n"
            for n in range(count)
        )
        path.write_text(original.replace("oppfølging:\n", "oppfølging:\n" + rows, 1), encoding="utf-8")
        agenda(example, BL, "--dato", "2026-03-10")
        reader = PdfReader(example / "build/agenda" / BL / "2026-03-10.pdf")
        pages.add(len(reader.pages))
        last = reader.pages[-1].extract_text().splitlines()
        assert len(reader.pages) == 1 or len(last) - 2 >= 6, (count, last)  # 2 lines: header and footer
        assert "Eventuelt" in " ".join(p.extract_text() for p in reader.pages)
    assert pages == {1, 2}
