"""The board in three forms: the same facts as text, Markdown and JSON."""

from __future__ import annotations

import datetime as dt
import json

from rapportlinja.status import board, render
from rapportlinja.status.board import Board

EMPTY = Board(dt.date(2026, 6, 15), "nb", (), (), (), ())


def test_an_empty_board_says_so() -> None:
    out = render.text(EMPTY)
    assert out.startswith("Status for rapporteringen 15. juni 2026\nIngenting er forsinket.\n")
    assert "Ingen frister de neste seks ukene." in out and "Ingen åpne oppføringer." in out


def test_markdown_escapes_what_the_data_says() -> None:
    chapter = board.ChapterState("01-a.md", "Tittel med *stjerne* og <b>", "utkast", "barnevernleder", ())
    text = render.markdown_text(EMPTY._replace(chapters=(chapter,)))
    assert "<b>" not in text and "*stjerne*" not in text
    assert text.startswith("# Status for rapporteringen")


def test_json_has_dates_as_iso_and_the_late_count() -> None:
    data = json.loads(render.render(EMPTY, "json"))
    assert data["today"] == "2026-06-15" and data["late"] == 0 and data["chapters"] == []
