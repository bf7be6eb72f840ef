"""Every PDF we publish or hand out passes veraPDF's PDF/UA-1 and PDF/A-2a profiles with zero failed rules.

Typst promises both standards; veraPDF (the reference validator the archive and the
accessibility supervisor use) checks the promise on the real bytes.
"""

from __future__ import annotations

from pathlib import Path

import git
import pytest

from rapportlinja.cli import main
from tests.conftest import approve_all
from tests.meetings.helpers import BL
from tests.verapdf import driver

pytestmark = [pytest.mark.slow, pytest.mark.skipif(driver.unavailable() is not None, reason=driver.unavailable() or "")]


def _run(root: Path, *argv: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        assert main(list(argv)) == 0


def _assert_compliant(pdfs: list[Path]) -> None:
    verdicts = driver.validate(pdfs)
    assert {v.flavour for v in verdicts} == {driver.PDF_UA_1, driver.PDF_A_2A}
    failed = [v.explain() for v in verdicts if not v.compliant or v.failures or v.error]
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_report(example_git: Path, language: str) -> None:
    edition = example_git / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8").replace("målform: nb", f"målform: {language}"), "utf-8")
    _run(example_git, "bygg")
    _assert_compliant([example_git / "build/tilstandsrapport-2025.pdf"])


def test_release_pdf(example_git: Path) -> None:
    approve_all(example_git)
    repo = git.Repo(example_git)
    repo.git.commit("-am", "Alle kapitler godkjent")
    repo.create_tag("v2025.1")
    _run(example_git, "utgivelse")
    _assert_compliant(sorted((example_git / "build/utgivelse/v2025.1").rglob("*.pdf")))


def test_agenda(example: Path) -> None:
    _run(example, "agenda", BL, "--dato", "2026-12-08")
    _assert_compliant([example / "build/agenda" / BL / "2026-12-08.pdf"])


def test_approved_minutes_for_the_archive(example: Path) -> None:
    """The record filed in the case and archive system (Noark 5) must be PDF/A, and accessible."""
    _run(example, "referat", "pdf", BL, "--dato", "2026-01-13")
    _assert_compliant([example / "build/referat" / BL / "2026-01-13.pdf"])


def test_a_broken_pdf_is_reported(tmp_path: Path) -> None:
    """The driver must be able to say no: a PDF without tags or language fails PDF/UA-1."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    untagged = tmp_path / "utagget.pdf"
    with untagged.open("wb") as handle:
        writer.write(handle)
    verdicts = driver.validate([untagged], [driver.PDF_UA_1])
    assert [v.compliant for v in verdicts] == [False]
    assert verdicts[0].failures
