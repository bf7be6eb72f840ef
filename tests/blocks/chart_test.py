"""Charts: same data, same bytes; drawn once and reused; alt text that states the trend."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.blocks import chart
from rapportlinja.blocks import keyfigures as keyfigure_blocks
from rapportlinja.keyfigures import alttext
from rapportlinja.keyfigures.periods import Period
from tests.keyfigures.helpers import COUNTRY, HOME, indicator

SPEC = chart.Spec(
    (
        chart.Curve("Eksempel kommune", (2021, 2022, 2023), (89.0, 86.0, 79.2)),
        chart.Curve("Landet", (2021, 2022, 2023), (86.1, 84.0, 82.3)),
    ),
    "prosent",
    1,
    True,
)


def test_same_data_gives_the_same_svg_bytes() -> None:
    first, second = chart.render(SPEC), chart.render(SPEC)
    assert first == second
    assert first.startswith(b"<?xml") and b"<svg" in first
    assert b"<dc:date>" not in first  # no build date in the file


def test_other_data_gives_another_file_and_the_cache_is_reused(tmp_path: Path) -> None:
    name = keyfigure_blocks.cached(SPEC, tmp_path)
    path = tmp_path / "build/figurer" / name
    path.write_bytes(b"<svg>kept</svg>")  # a second build must not draw again
    assert keyfigure_blocks.cached(SPEC, tmp_path) == name and path.read_bytes() == b"<svg>kept</svg>"
    other = SPEC._replace(lines=SPEC.lines[:1])
    assert keyfigure_blocks.cached(other, tmp_path) != name


def test_alt_text_states_the_trend_and_the_comparison() -> None:
    home = [(Period(y, 0), v) for y, v in zip(range(2021, 2026), (89.0, 86.0, 79.2, 81.1, 86.8), strict=True)]
    country = [(Period(y, 0), v) for y, v in zip(range(2021, 2026), (86.1, 84.0, 82.3, 83.5, 84.8), strict=True)]
    text = alttext.describe(indicator(), HOME, home, [(COUNTRY, country)], "nb")
    assert text == (
        "Linjediagram. Andel undersøkelser med behandlingstid innen tre måneder i Eksempel kommune falt fra "
        "89,0\u00a0% i 2021 til 79,2\u00a0% i 2023 og steg til 86,8\u00a0% i 2025; "
        "landet lå på 82,3–86,1\u00a0%."
    )


def test_alt_text_for_a_flat_stretch_and_a_single_year() -> None:
    points = [(Period(2021, 0), 4.0), (Period(2022, 0), 4.0), (Period(2023, 0), 4.6)]
    ind = indicator(unit="per 1 000 barn 0–17 år")
    assert alttext.trend(ind, points, "nb") == "holdt seg på 4,0 til 2022 og steg til 4,6 i 2023"
    assert alttext.trend(ind, points[:1], "nb") == "var 4,0 i 2021"


def test_alt_text_in_nynorsk() -> None:
    home = [(Period(y, 0), v) for y, v in zip(range(2021, 2026), (89.0, 86.0, 79.2, 81.1, 86.8), strict=True)]
    country = [(Period(y, 0), v) for y, v in zip(range(2021, 2026), (84.0, 84.0, 84.0, 84.0, 84.0), strict=True)]
    text = alttext.describe(indicator(), HOME, home, [(COUNTRY, country)], "nn")
    assert text == (
        "Linjediagram. Andel undersøkelser med behandlingstid innen tre måneder i Eksempel kommune fall frå "
        "89,0\u00a0% i 2021 til 79,2\u00a0% i 2023 og auka til 86,8\u00a0% i 2025; "
        "landet låg på 84,0\u00a0%."
    )
    assert "falt" not in text and "steg" not in text and " fra " not in text and " lå " not in text
    flat = [(Period(2021, 0), 4.0), (Period(2022, 0), 4.0), (Period(2023, 0), 4.6)]
    assert alttext.trend(indicator(unit="antall"), flat, "nn") == "heldt seg på 4,0 til 2022 og auka til 4,6 i 2023"
