"""SHA256SUMS from the bytes about to be written, in the format `sha256sum -c` reads."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from rapportlinja.release import checksums


def test_sha256sum_reads_what_we_write(tmp_path: Path) -> None:
    files = {"tilstandsrapport-2025.pdf": b"%PDF-1.7 ...", "data/tall.csv": b"a;b\n", "index.html": b"<p>"}
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    text = checksums.sha256sums(files)
    assert [line.split("  ")[1] for line in text.splitlines()] == sorted(files)
    (tmp_path / checksums.NAME).write_text(text, encoding="utf-8")
    subprocess.run(["sha256sum", "--check", "--quiet", checksums.NAME], cwd=tmp_path, check=True)
    (tmp_path / "index.html").write_bytes(b"<p>endret")
    changed = subprocess.run(["sha256sum", "--check", "--quiet", checksums.NAME], cwd=tmp_path, check=False)
    assert changed.returncode == 1


def test_the_sums_are_never_a_file_of_their_own() -> None:
    with pytest.raises(ValueError):
        checksums.sha256sums({checksums.NAME: b"", "a.pdf": b""})
