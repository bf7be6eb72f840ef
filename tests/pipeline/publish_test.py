"""The one publishing step: scan, write, checksum and swap, or leave the previous edition untouched."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.base.layout import Layout
from rapportlinja.pipeline import publish

PAGE = "<!doctype html><html lang='nb'><body><p>{}</p></body></html>"
LEAK = "Ring 912 34 567 for svar"  # a phone number: personal data to the egress scan


def _files(text: str) -> dict[str, bytes]:
    return {"index.html": PAGE.format(text).encode(), "data/tall.csv": b"aar;verdi\n2025;3\n", "NOTATER.md": b"# Ny\n"}


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_folder_holds_exactly_the_files_and_their_sums(example: Path) -> None:
    layout = Layout(example)
    out = layout.build / "utgivelse" / "v2025.1"
    out.mkdir(parents=True)
    (out / "rest-fra-forrige.html").write_text("gammel", encoding="utf-8")  # nothing left over survives
    assert publish.folder(layout, _files("Tilstanden i 2025"), out) == out
    written = _tree(out)
    assert set(written) == {"index.html", "data/tall.csv", "NOTATER.md", "SHA256SUMS"}
    subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=out, check=True)
    assert oct(out.stat().st_mode & 0o777) == "0o755"
    assert [p.name for p in out.parent.iterdir()] == ["v2025.1"]  # no work folder left beside it


def test_a_leak_stops_before_anything_is_written(example: Path) -> None:
    layout = Layout(example)
    out = layout.build / "nettside"
    publish.folder(layout, _files("Forrige utgave"), out)
    before = _tree(out)
    with pytest.raises(UserError) as refused:
        publish.folder(layout, _files(LEAK), out)
    assert "912 34 567" not in str(refused.value)  # the refusal never repeats what it refuses
    assert _tree(out) == before
    with pytest.raises(UserError):
        publish.file(layout, "notat.md", LEAK.encode(), layout.build / "notat.md")
    assert not (layout.build / "notat.md").exists()


def test_one_file_is_scanned_and_replaced_whole(example: Path) -> None:
    layout = Layout(example)
    target = layout.build / "notat.md"
    publish.file(layout, "notat.md", "# Første\n".encode(), target)
    publish.file(layout, "notat.md", b"# Andre\n", target)
    assert target.read_bytes() == b"# Andre\n"
