"""`rapport referat pdf`: approved minutes as a PDF/A record with their own marking; unapproved ones refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.meetings.helpers import BL, KD, run, withhold

CASE = "Unntatt offentlighet, jf. offl. § 13, jf. bvl. § 13-1"


def record(root: Path, line: str, date: str) -> Path:
    assert run(root, "referat", "pdf", line, "--dato", date) == 0
    return root / "build" / "referat" / line / f"{date}.pdf"


def test_approved_minutes_become_a_marked_pdf_a(example: Path) -> None:
    withhold(example, BL, "2026-08-11")
    path = record(example, BL, "2026-08-11")
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert all(CASE in " ".join(page.extract_text().split()) for page in reader.pages)
    assert CASE in str(reader.metadata["/Keywords"])
    assert "Godkjent 8. september 2026" in text and "BV-2026-033" in text
    xmp = path.read_bytes()
    assert b"pdfaid:part" in xmp and b"pdfuaid:part" in xmp  # PDF/A-2a and PDF/UA-1 identification
    assert record(example, BL, "2026-08-11").read_bytes() == xmp  # same minutes, same bytes


def test_internal_minutes_carry_the_section_14_marking(example: Path) -> None:
    reader = PdfReader(record(example, BL, "2026-09-08"))
    assert "Organinternt dokument – kan unntas etter offl. § 14; merinnsyn vurderes etter offl. § 11" in " ".join(
        reader.pages[0].extract_text().split()
    )


def test_unapproved_minutes_are_not_records(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "referat", "pdf", KD, "--dato", "2026-08-26") == 1
    err = capsys.readouterr().err
    assert "er ikke godkjent ennå; bare godkjente referater arkiveres" in err and "Traceback" not in err
    assert run(example, "referat", "pdf", BL, "--dato", "2026-08-12") == 1
    assert "Fant ikke meetings/" in capsys.readouterr().err


def test_nynorsk_record(example: Path) -> None:
    routine = example / "meetings" / "rutine.yaml"
    routine.write_text(routine.read_text("utf-8").replace("målform: nb", "målform: nn"), encoding="utf-8")
    withhold(example, BL, "2026-08-11")
    text = PdfReader(record(example, BL, "2026-08-11")).pages[0].extract_text()
    assert "Unnateke offentlegheit" in text and "Ansvarleg" in text and "Meldt til linja over" in text
