"""The one step that makes an edition public: scan, write, checksum, swap.

Every command that writes a public document hands its named files here, so the safety gate and the
atomic swap exist once: the files are scanned (scan.refuse_leaks) exactly as they will be written,
SHA256SUMS is made from those same bytes, and the folder is built beside the previous one and swapped
in only when whole. A failed run leaves the previous edition as it was, and nothing left over from it
(a chapter since made internal) survives. Every channel then copies the folder as it is.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from rapportlinja.base import atomic
from rapportlinja.base.layout import Layout
from rapportlinja.pipeline import scan
from rapportlinja.release import checksums


def folder(layout: Layout, files: Mapping[str, bytes], out: Path) -> Path:
    """Write `files` (by POSIX relative name) and their SHA256SUMS as the folder `out`, whole or not at all."""
    scan.refuse_leaks(layout, files)
    sums = checksums.sha256sums(files)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-ny-", dir=out.parent))
    work.chmod(0o755)  # mkdtemp makes it private; an edition is for everyone to read
    try:
        for name, data in files.items():
            atomic.write_bytes(work / name, data)
        atomic.write_text(work / checksums.NAME, sums)
        atomic.replace_folder(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def file(layout: Layout, name: str, data: bytes, out: Path) -> Path:
    """One document (a draft PDF in build/): the same scan, then written atomically over the previous one."""
    scan.refuse_leaks(layout, {name: data})
    atomic.write_bytes(out, data)
    return out
