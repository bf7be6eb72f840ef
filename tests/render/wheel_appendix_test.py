"""The appendix «Årshjul» in the built PDF: the table's activities are there as text, the image has alt text."""

from __future__ import annotations

import pytest

from rapportlinja.cli import main
from rapportlinja.wheel import draw
from tests import pdfcheck
from tests.commands.publication_test import every_byte
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
