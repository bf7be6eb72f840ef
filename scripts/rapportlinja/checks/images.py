"""Image files under report/ and meetings/: at most 2 MB, as the README promises, and a pixel limit.

The pixel count is read from the file's header (imagesize does not decode the image), so a
small PNG that would unpack to gigabytes in Typst is stopped before the build tries.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from rapportlinja.base.findings import Finding, error
from rapportlinja.base.layout import Layout
from rapportlinja.checks.scope import content_files
from rapportlinja.read import textfile
from rapportlinja.read.textfile import MAX_BYTES

MAX_PIXELS = 40_000_000  # 8000 × 5000; a page of the report needs a tenth of that
# Text files are measured where they are read (textfile.read_text), with the same limit.
TEXT_SUFFIXES = {".md", ".yaml", ".yml", ".csv"}
RASTER = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".tif", ".tiff", ".bmp"}
# What the first bytes of each format the build takes must be; an iPhone HEIC or a WebP
# renamed to .jpg passes every other check and then stops Typst.
MAGIC = {".png": (b"\x89PNG",), ".jpg": (b"\xff\xd8",), ".jpeg": (b"\xff\xd8",), ".gif": (b"GIF87a", b"GIF89a")}
_VIEWBOX = re.compile(rb"""viewBox\s*=\s*["']\s*[-\d.eE]+[\s,]+[-\d.eE]+[\s,]+([\d.eE]+)[\s,]+([\d.eE]+)""")


def check_image_files(layout: Layout, selected: set[str] | None) -> list[Finding]:
    findings: list[Finding] = []
    for path in content_files(layout):
        rel = path.relative_to(layout.root).as_posix()  # content_files lists paths under the root
        if selected is not None and rel not in selected:
            continue
        # Text files are measured where they are read (textfile.read_text), with the same limit.
        if path.suffix.lower() not in TEXT_SUFFIXES and path.stat().st_size > MAX_BYTES:
            findings.append(_too_large(rel, path.stat().st_size))
        elif path.suffix.lower() in MAGIC and not _starts_right(path):
            findings.append(_not_that_format(rel, path.suffix.lower()))
        elif path.suffix.lower() in RASTER:
            findings += _pixels(path, rel)
    return findings


def _too_large(rel: str, size: int) -> Finding:
    return error(
        rel,
        0,
        0,
        f"Filen er for stor ({size / 1024 / 1024:.1f} MB); grensen er {MAX_BYTES // 1024 // 1024} MB.",
        "Lagre bildet i lavere oppløsning (2000 piksler i bredden er nok for en A4-side), "
        "eller som JPG med kvalitet rundt 80.",
        "file.too-large",
    )


def _starts_right(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(8).startswith(MAGIC[path.suffix.lower()])


def _not_that_format(rel: str, suffix: str) -> Finding:
    kind = suffix.lstrip(".").upper().replace("JPEG", "JPG")
    return error(
        rel,
        0,
        0,
        f"Filen heter {suffix}, men er ikke et {kind}-bilde, og PDF-en kan ikke bygges med den.",
        "Åpne bildet og lagre det på nytt som PNG eller JPG (bilder fra iPhone er ofte HEIC, "
        "og bilder fra nettet ofte WebP).",
        "image.wrong-format",
    )


def _pixels(path: Path, rel: str) -> list[Finding]:
    width, height = _size(path)
    if path.suffix.lower() != ".svg" and (width <= 0 or height <= 0):
        # The signature is right but the header is not: Typst would stop on it in `rapport bygg`.
        return [
            error(
                rel,
                0,
                0,
                "Bildet er ødelagt eller ufullstendig: størrelsen kan ikke leses.",
                "Lagre bildet på nytt fra programmet det kom fra (eksporter som PNG eller JPEG).",
                "image.unreadable",
            )
        ]
    if width * height <= MAX_PIXELS:
        return []
    return [
        error(
            rel,
            0,
            0,
            f"Bildet er {width:.0f} × {height:.0f} piksler; grensen er {MAX_PIXELS // 1_000_000} megapiksler.",
            "Lagre bildet i lavere oppløsning; 2000–3000 piksler i bredden er nok for en A4-side.",
            "image.too-many-pixels",
        )
    ]


def _size(path: Path) -> tuple[float, float]:
    import imagesize  # here: most runs have few images, and the import costs more than they do

    # The bytes the privacy scan has read already (read once); a file too large to share is refused anyway.
    data = textfile.read_bytes(path)
    if data is None:
        return 0, 0
    try:
        width, height = imagesize.get(io.BytesIO(data))
    except (OSError, ValueError):
        return 0, 0  # unreadable headers are the build's and the SVG check's business
    if (width, height) == (-1, -1) and path.suffix.lower() == ".svg":
        box = _VIEWBOX.search(data[:4096])
        try:
            return (float(box.group(1)), float(box.group(2))) if box else (0, 0)
        except ValueError:
            return 0, 0
    return max(width, 0), max(height, 0)
