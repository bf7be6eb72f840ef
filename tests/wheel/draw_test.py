"""The SVG: months around the circle, a ring per category, today marked only in its own year."""

from __future__ import annotations

import datetime as dt

from rapportlinja.base.labels import MONTHS
from rapportlinja.wheel import draw
from tests.wheel.helpers import SVG, parsed, wheel

TODAY = dt.date(2026, 11, 22)


def test_twelve_month_labels_and_one_ring_per_category(example):
    root = parsed(example, 2026, TODAY)
    months = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "maaned"]
    assert months == list(MONTHS)
    rings = [g.get("data-kategori") for g in root.iter(f"{SVG}g") if g.get("class") == "ring"]
    assert rings == [
        "moter",
        "rapport",
        "politisk",
        "nokkeltall",
        "samarbeid",
        "tilsyn",
        "okonomi",
        "nytt-kommunestyre",
    ]


def test_every_activity_is_drawn_with_its_table_number(example):
    root = parsed(example, 2028, None)
    numbers = [int(g.get("data-nr")) for g in root.iter(f"{SVG}g") if g.get("class") == "aktivitet"]
    assert sorted(numbers) == list(range(1, len(wheel(example, 2028).activities) + 1))


def test_today_is_marked_only_in_the_current_year(example):
    assert parsed(example, 2026, TODAY).find(f".//{SVG}g[@id='i-dag']") is not None
    assert parsed(example, 2027, TODAY).find(f".//{SVG}g[@id='i-dag']") is None
    assert parsed(example, 2026, None).find(f".//{SVG}g[@id='i-dag']") is None


def test_title_and_description_for_screen_readers(example):
    root = parsed(example, 2026, TODAY)
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Årshjul for rapporteringen 2026"
    assert "én ring per kategori (1. Rapporteringsmøter" in root.find(f"{SVG}desc").text


def test_colour_is_not_the_only_cue(example):
    root = parsed(example, 2026, TODAY)
    patterns = root.findall(f".//{SVG}pattern")
    assert len(patterns) == 8
    assert len({"".join(_tiles(p)) for p in patterns}) == 8  # eight different tiles, not just colours


def _tiles(pattern):
    return [child.tag + str(sorted(child.attrib.items())) for child in pattern if child.tag != f"{SVG}rect"]


def test_same_date_same_bytes(example):
    first = draw.svg(wheel(example, 2026, TODAY), "nb", TODAY)
    assert draw.svg(wheel(example, 2026, TODAY), "nb", TODAY) == first
    assert draw.svg(wheel(example, 2026, TODAY), "nb", dt.date(2026, 3, 1)) != first


def test_nynorsk_text(example):
    svg = draw.svg(wheel(example, 2026, TODAY), "nn", TODAY)
    assert "Årshjul for rapporteringa 2026" in svg and "Ringane, innanfrå og ut" in svg
