"""Nothing marked internal reaches a public document: plant a marker, build, search every byte."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from rapportlinja.cli import main

pytestmark = pytest.mark.slow  # builds the report end to end (pandoc, Typst, PDF)

MARKER = "LEKKASJEMERKE-7Q2X"


def plant(root: Path) -> list[Path]:
    """Put the marker in every non-public file that may change: open minutes, the routine, an internal chapter.

    Approved minutes are left alone: `rapport sjekk` refuses edits to them (tests/checks/minuteshistory_test.py).
    """
    planted = []
    for path in sorted((root / "meetings").rglob("*")):
        if path.suffix in (".md", ".yaml") and "\ngodkjent:" not in path.read_text("utf-8"):
            path.write_text(path.read_text("utf-8") + f"\n# {MARKER}\n", "utf-8")
            planted.append(path)
    internal = root / "report/kapitler/99-intern-merknad.md"
    internal.write_text(
        f"---\ntittel: Intern {MARKER}\nansvarlig: barnevernleder\nstatus: utkast\n"
        f"klassifisering: intern\nsist_revidert: 2026-03-02\n---\n\n{MARKER} i teksten.\n",
        "utf-8",
    )
    planted.append(internal)
    return planted


def every_byte(pdf: Path) -> str:
    """Page text, metadata, XMP and every stream, decompressed, as one searchable text."""
    reader = PdfReader(pdf)
    parts = [page.extract_text() for page in reader.pages]
    parts.append(str(reader.metadata))
    parts.append(pdf.read_bytes().decode("latin-1"))
    numbers = {n for table in reader.xref.values() for n in table} | set(reader.xref_objStm)
    assert len(numbers) > 50
    for number in sorted(numbers):
        obj = reader.get_object(number)
        if obj is not None and hasattr(obj, "get_data"):
            try:
                parts.append(obj.get_data().decode("latin-1"))
            except (zlib.error, ValueError):
                continue
    return "\n".join(parts)


def test_internal_text_never_reaches_the_public_report(example_git, monkeypatch, capsys):
    planted = plant(example_git)
    assert len(planted) > 3
    monkeypatch.chdir(example_git)
    assert main(["sjekk"]) == 0  # the internal chapter is held out with a warning, not an error
    assert main(["bygg"]) == 0
    outputs = [p for p in (example_git / "build").rglob("*") if p.is_file()]
    assert outputs
    for output in outputs:
        if output.suffix == ".pdf":
            text = every_byte(output)
            assert "Innhold" in text  # the search does see the document's text
            assert MARKER not in text, output
        else:
            assert MARKER.encode() not in output.read_bytes(), output


def test_the_web_egress_scan_reads_every_published_file(example: Path) -> None:
    """Pages' link targets, SVG text, CSV downloads and the file names SHA256SUMS lists: a value in any stops it."""
    from rapportlinja.base.errors import UserError
    from rapportlinja.base.layout import Layout
    from rapportlinja.pipeline.scan import refuse_leaks as refuse_leaks_in_site

    layout = Layout(example)
    page = b"<!DOCTYPE html><html><body><p>Trygg tekst.</p></body></html>"
    clean = {"index.html": page, "data/a.csv": b"\xef\xbb\xbf\xc3\x85r;antall\r\n2025;12\r\n"}
    refuse_leaks_in_site(layout, clean)
    encoded = "".join(f"%{ord(c):02X}" for c in "15038512363")
    leaks = {
        "href": {"index.html": f'<p><a href="https://e.no/?fnr={encoded}">sak</a></p>'.encode()},
        "svg": {"bilder/a.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><text>Ring 923 45 678</text></svg>'},
        "csv": {"data/a.csv": "År;navn\r\n2025;ola.nordmann@gmail.com\r\n".encode()},
        "name": {"data/15038512363.csv": b"x\r\n"},
    }
    for what, files in leaks.items():
        with pytest.raises(UserError) as refused:
            refuse_leaks_in_site(layout, {**clean, **files})
        assert "15038512363" not in refused.value.message and "923 45 678" not in refused.value.message, what
    unsafe = {"bilder/b.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'}
    with pytest.raises(UserError, match="onload"):
        refuse_leaks_in_site(layout, {**clean, **unsafe})
    with pytest.raises(UserError, match="javascript"):
        refuse_leaks_in_site(layout, {**clean, "nytt.html": b'<a href="javascript:alert(1)">x</a>'})
