"""The appendix «Årshjul» in the built PDF: the table's activities are there as text, the image has alt text,
and it is the public wheel: no «I dag», no status, no notes that name the tool's commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.cli import main
from rapportlinja.wheel import draw
from tests import pdfcheck
from tests.pipeline.scan_test import every_byte
from tests.render.website_helpers import build, visible_text
from tests.wheel.helpers import wheel


@pytest.mark.slow  # builds the report end to end
def test_appendix_table_is_in_the_pdf(example, monkeypatch):
    monkeypatch.chdir(example)
    assert main(["bygg"]) == 0
    facts = pdfcheck.read(example / "build/tilstandsrapport-2025.pdf")
    text = " ".join(" ".join(page.split()) for page in facts.text)
    assert "Årshjul for rapporteringen 2026" in text
    assert "Aktivitetene i årshjulet 2026" in text
    for activity in ("Endelige KOSTRA-tall fra SSB", "Tillitsvalgte gjennomgår utkastet", "15. april"):
        assert activity in text
    assert "Rapporteringsmøte: barnevernleder og kommunalsjef barn og familie" in text
    alt = draw.alt_text(wheel(example, 2026), "nb")
    assert "tolv månedene rundt en sirkel" in alt
    # The image's /Alt in the structure tree, as Typst writes it: UTF-16 in hex after a byte-order mark.
    encoded = "/Alt<FEFF" + alt.encode("utf-16-be").hex().upper() + ">"
    assert encoded in every_byte(example / "build/tilstandsrapport-2025.pdf")


def appendix_text(pdf: Path) -> str:
    """The text of the appendix «Årshjul», from its table to the colophon, read back from the PDF."""
    facts = pdfcheck.read(pdf)
    text = " ".join(" ".join(page.split()) for page in facts.text)
    start = text.index("Årshjul for rapporteringen 2026")
    return text[start : text.index("Om dokumentet", start)]


def assert_public_wheel(pdf: Path) -> None:
    text = appendix_text(pdf)
    assert "Aktivitetene i årshjulet 2026" in text  # the year of the cycle the 2025 report belongs to
    assert "Endelige KOSTRA-tall fra SSB" in text
    assert "Fristen står i Statsforvalterens brev." in text  # a note for the reader stays
    assert "I dag" not in text  # built on 2026-06-15, inside the wheel's year: the internal wheel marks it
    assert "Status" not in text
    for status in ("planlagt", "pågår", "ferdig"):
        assert status not in text
    assert "rapport undersokelse" not in text and "FIL" not in text


@pytest.mark.slow  # builds the report end to end
def test_the_public_wheel_has_no_today_status_or_commands(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(example)
    assert main(["bygg"]) == 0
    assert_public_wheel(example / "build/tilstandsrapport-2025.pdf")
    # The internal wheel of the same year keeps both: it is the service's working tool.
    assert main(["arshjul", "--år", "2026"]) == 0
    internal = (example / "build/arshjul-2026.md").read_text("utf-8")
    assert "Status" in internal and "ferdig" in internal and "rapport undersokelse importer FIL" in internal
    assert 'id="i-dag"' in (example / "build/arshjul-2026.svg").read_text("utf-8")


@pytest.mark.slow  # builds the web edition end to end
def test_the_web_edition_shows_the_public_wheel(example_git: Path) -> None:
    site = build(example_git)
    assert_public_wheel(site / "tilstandsrapport-2025.pdf")
    for page in site.glob("*.html"):
        text = visible_text(page)
        assert "I dag" not in text and "rapport undersokelse" not in text
