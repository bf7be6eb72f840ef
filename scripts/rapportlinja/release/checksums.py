"""SHA256SUMS in the format `sha256sum -c` reads: «<hex>  <name>», one file a line, sorted."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

NAME = "SHA256SUMS"


def sha256sums(files: Mapping[str, bytes]) -> str:
    """Checksums of the named files (POSIX relative names), from the very bytes that will be written."""
    if NAME in files:
        raise ValueError(f"{NAME} is made from the other files, never given as one")
    return "".join(f"{hashlib.sha256(files[name]).hexdigest()}  {name}\n" for name in sorted(files))
