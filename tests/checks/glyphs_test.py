"""The font coverage table against the fonts built into Typst, and the check on chapters."""

from __future__ import annotations

import io
import re
import struct
from pathlib import Path

import pytest

import rapportlinja.checks.glyphs as glyphs


def embedded_fonts() -> dict[str, set[int]]:
    """Every font built into the `typst` package, by name, with the code points it has glyphs for.

    Typst embeds the font files uncompressed in its library; each begins with an sfnt table
    directory, which fontTools (a matplotlib dependency) reads.
    """
    import typst
    from fontTools.ttLib import TTFont

    library = next(Path(typst.__file__).parent.glob("_typst*.so"))
    data = library.read_bytes()
    fonts: dict[str, set[int]] = {}
    for match in re.finditer(rb"(?:\x00\x01\x00\x00|OTTO)(..)", data, re.S):
        (count,) = struct.unpack(">H", match.group(1))
        start = match.start()
        entries = [data[start + 12 + 16 * i : start + 28 + 16 * i] for i in range(count)] if 5 <= count <= 40 else []
        if not entries or not {b"cmap", b"name"} <= {e[:4] for e in entries}:
            continue
        end = max(sum(struct.unpack(">II", e[8:16])) for e in entries)
        try:
            font = TTFont(io.BytesIO(data[start : start + end]), lazy=True)
            fonts[font["name"].getDebugName(4)] = set(font.getBestCmap())
        except Exception:
            continue
    return fonts


def ranges(points: set[int]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for point in sorted(points):
        if found and found[-1][1] == point - 1:
            found[-1] = (found[-1][0], point)
        else:
            found.append((point, point))
    return found


def table_text(points: set[int]) -> str:
    lines = [f"{a:04x}-{b:04x}" if a != b else f"{a:04x}" for a, b in ranges(points)]
    return glyphs.HEADER + "\n".join(lines) + "\n"


@pytest.mark.slow
def test_the_coverage_table_is_the_fonts_typst_embeds():
    fonts = embedded_fonts()
    assert "Libertinus Serif Regular" in fonts and "DejaVu Sans Mono" in fonts
    expected = table_text(set().union(*fonts.values()))
    # To refresh after a Typst upgrade: write `expected` to glyphs.TABLE.
    assert glyphs.TABLE.read_text("utf-8") == expected


def test_a_character_no_font_has_is_an_error_at_its_column():
    (finding,) = glyphs.check_glyphs("\nHei 😀 og ആ, æøå «» – €.\n", "report/kapitler/01-a.md", 8)
    assert (finding.line, finding.column, finding.code) == (9, 5, "text.no-glyph")
    assert "U+1F600" in finding.message and "U+0D06" in finding.message


def test_norwegian_text_and_invisible_characters_are_covered():
    assert glyphs.missing("Æ ø å é ü § € – — “” «» ½ ± × \u00ad\u200b\u00a0 Ωπ Жж") == []


def test_a_title_with_a_character_no_font_has_is_an_error_on_its_line(tmp_path, monkeypatch, capsys):
    """The title is printed (heading, contents, running header), so it is checked like the body."""
    from tests.checks.run_test import A, chapter, make_repo, run_json

    make_repo(tmp_path, {A: chapter(replace=("tittel: Første", "tittel: Første 😀 kapittel"))})
    code, report = run_json(tmp_path, monkeypatch, capsys)
    (found,) = [f for f in report["funn"] if f["fil"] == A]
    assert (code, found["linje"], found["kolonne"], found["alvorlighet"]) == (1, 2, 16, "feil")
    assert "U+1F600" in found["melding"]


def test_a_title_in_norwegian_is_no_finding(tmp_path, monkeypatch, capsys):
    from tests.checks.run_test import A, chapter, make_repo, run_json

    make_repo(tmp_path, {A: chapter(replace=("tittel: Første", "tittel: «Økt» tilsyn – 2025 §"))})
    code, report = run_json(tmp_path, monkeypatch, capsys)
    assert (code, report["funn"]) == (0, [])
