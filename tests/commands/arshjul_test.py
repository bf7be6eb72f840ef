"""`rapport arshjul`: SVG, PNG and table in build/, reproducible for a given date."""

from __future__ import annotations

import struct

from tests.meetings.helpers import run


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_writes_svg_png_and_table(example, capsys):
    assert run(example, "arshjul", "--år", "2028", "--dato", "2028-03-02") == 0
    assert capsys.readouterr().out.splitlines() == [
        "build/arshjul-2028.svg",
        "build/arshjul-2028.png",
        "build/arshjul-2028.md",
    ]
    width, height = png_size((example / "build/arshjul-2028.png").read_bytes())
    assert width > 1000 and abs(height / width - 297 / 210) < 0.01  # A4 proportions
    table = (example / "build/arshjul-2028.md").read_text("utf-8")
    assert "| 1 |" in table and "KS Barnevernløft" in table and "januar–juni" in table
    assert 'id="i-dag"' in (example / "build/arshjul-2028.svg").read_text("utf-8")


def test_year_defaults_to_the_date_and_output_is_reproducible(example, capsys):
    assert run(example, "arshjul", "--dato", "2026-11-22") == 0
    files = [example / "build/arshjul-2026.svg", example / "build/arshjul-2026.png"]
    first = [path.read_bytes() for path in files]
    assert run(example, "arshjul", "--dato", "2026-11-22") == 0
    assert [path.read_bytes() for path in files] == first


def test_missing_wheel_file_is_a_clear_error(example, capsys):
    (example / "report/arshjul.yaml").unlink()
    assert run(example, "arshjul") == 1
    err = capsys.readouterr().err
    assert "Fant ikke report/arshjul.yaml" in err and "Traceback" not in err
