"""SHA256SUMS in the format `sha256sum -c` reads: «<hex>  <name>», one file a line, sorted."""

from __future__ import annotations

import hashlib
from pathlib import Path

NAME = "SHA256SUMS"


def digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()


def sha256sums(folder: Path) -> str:
    """Checksums of every file under `folder` except SHA256SUMS itself, by POSIX relative name."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != NAME)
    return "".join(f"{digest(p)}  {p.relative_to(folder).as_posix()}\n" for p in files)
