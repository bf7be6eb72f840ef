"""Every file under report/ and meetings/ is read for the personal-data scan, whatever it is.

Not only Markdown, YAML and CSV: any suffix, any size up to a hard cap, any encoding
(UTF-16 and Windows-1252 are decoded and scanned, and reported), NUL bytes, SVG source
(text and attributes alike), image metadata, and the names of files and folders. What is
not text and not an image type chapters use is refused, and so is a raw Forms export or
any spreadsheet. Symbolic links and hard links are refused without being followed: they
could carry content from outside the repository into the public report.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base import limits, websafe_svg
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.layout import Layout
from rapportlinja.privacy.decoding import decode_for_scan
from rapportlinja.privacy.exports import SPREADSHEET_SUFFIXES, looks_like_forms_export
from rapportlinja.privacy.images import STRIP_HINT, image_metadata, is_image
from rapportlinja.read import textfile

CONTENT_FOLDERS = ("report", "meetings")
MAX_SCAN_BYTES = 16 * 1024 * 1024  # far above any real file; bigger ones are refused unread, in bounded memory
MAX_SVG_BYTES = 1024 * 1024  # an organisation chart is tens of kilobytes; megabytes of text stall the build
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif"})
TEXT_SUFFIXES = frozenset({".md", ".yaml", ".yml", ".csv", ".svg", ".txt", ".json", ".typ", ""})


class ContentFile(NamedTuple):
    path: Path
    rel: str


class ScanText(NamedTuple):
    """The text to scan for one file (None when there is none) and what is wrong with the file."""

    text: str | None
    findings: list[Finding]


def walk(layout: Layout) -> Iterator[tuple[Path, str, bool]]:
    """(path, rel, is_dir) for everything under the content folders; links are not followed."""
    for folder in CONTENT_FOLDERS:
        top = layout.root / folder
        if not top.exists() and not top.is_symlink():
            continue
        yield top, folder, True
        if top.is_symlink():
            continue  # os.walk would follow a linked top folder
        for current, dirs, files in os.walk(top, followlinks=False):
            dirs.sort()
            base = Path(current)
            for name in [*dirs, *sorted(files)]:
                path = base / name
                yield path, path.relative_to(layout.root).as_posix(), name in dirs


# The tool's own folders hold synthetic test exports (tests/survey/data); content folders are walked above.
SKIPPED_ELSEWHERE = frozenset(
    {"node_modules", "build", "__pycache__", "tests", "scripts", "benchmarks", *CONTENT_FOLDERS}
)


def exports_elsewhere(layout: Layout) -> list[Finding]:
    """A spreadsheet or raw Forms export anywhere else in the repository (hidden folders aside)."""
    findings = []
    for current, dirs, files in os.walk(layout.root, followlinks=False):
        top = Path(current) == layout.root
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (top and d in SKIPPED_ELSEWHERE))
        for name in sorted(files):
            path = Path(current) / name
            suffix = path.suffix.lower()
            if suffix in SPREADSHEET_SUFFIXES or (suffix == ".csv" and _csv_is_export(path)):
                findings.append(_spreadsheet(path.relative_to(layout.root).as_posix()))
    return findings


def _csv_is_export(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            first = handle.readline(4096)
    except OSError:
        return False
    return looks_like_forms_export(decode_for_scan(first).text)


def confinement_findings(layout: Layout) -> list[Finding]:
    """Every link, hard link and special file in the content folders (names only, nothing read)."""
    return [finding for path, rel, _ in walk(layout) for finding in link_findings(path, rel)]


def link_findings(path: Path, rel: str) -> list[Finding]:
    """Refuse a symbolic link, and a file with more than one hard link, before reading it."""
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        return [
            error(
                rel,
                0,
                0,
                "Dette er en symbolsk lenke. Innholdsmapper kan bare ha vanlige filer og mapper.",
                "Erstatt lenken med en kopi av filen, lagt inn i repositoriet.",
                "confinement.symlink",
            )
        ]
    if stat.S_ISREG(info.st_mode) and info.st_nlink > 1:
        return [
            error(
                rel,
                0,
                0,
                f"Filen har {info.st_nlink} harde lenker: den deler innhold med en fil et annet sted.",
                "Lag en vanlig kopi av filen (kopier og slett originalen i repositoriet).",
                "confinement.hardlink",
            )
        ]
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        return [error(rel, 0, 0, "Dette er verken en vanlig fil eller en mappe.", code="confinement.special")]
    return []


def read_for_scan(path: Path, rel: str) -> ScanText:
    """What to scan in one regular file, plus refusals (binary, spreadsheet, metadata, size)."""
    size = path.stat().st_size
    if size > MAX_SCAN_BYTES:
        return ScanText(None, [_too_large(rel, size)])
    # Within the loaders' limit the bytes are shared with them (read once); larger files only we read.
    data = textfile.read_bytes(path) if size <= textfile.MAX_BYTES else None
    try:
        data = path.read_bytes() if data is None else data
    except OSError as exc:
        return ScanText(None, [error(rel, 0, 0, f"Kan ikke lese filen ({exc.strerror}).", code="file.unreadable")])
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES or data.startswith(b"PK\x03\x04"):
        return ScanText(None, [_spreadsheet(rel)])
    if is_image(data):
        return ScanText(None, _image_findings(data, rel, suffix))
    decoded = decode_for_scan(data)
    if suffix in IMAGE_SUFFIXES or (suffix not in TEXT_SUFFIXES and _is_binary(decoded.text)):
        findings = [_binary(rel)]
    elif decoded.encoding != "utf-8" or decoded.had_nul:
        # The same findings the other checks give for the files they read, so they show once.
        findings = [f for f in textfile.decode(data, rel).findings if f.code.startswith("encoding.")]
    else:
        findings = []
    nesting = limits.markdown_problem(decoded.text) if suffix == ".md" else None
    if nesting is not None:
        hint = (
            "Del opp teksten: korte avsnitt, tabellrader og lister med få nivåer. Så lange linjer eller så dyp "
            "nøsting gir ingen mening i en rapport og får sjekken og PDF-byggingen til å henge."
        )
        findings.append(error(rel, nesting[0], 1, nesting[1], hint, "limits.markdown"))
    if suffix == ".svg" and size <= MAX_SVG_BYTES:
        findings += _svg_findings(data, rel)
    if suffix == ".svg" and size > MAX_SVG_BYTES:
        findings.append(
            error(
                rel,
                0,
                0,
                f"SVG-filen er for stor ({size / 1024 / 1024:.1f} MB); grensen er {MAX_SVG_BYTES // 1024 // 1024} MB.",
                "Forenkle figuren, eller lagre den som PNG.",
                "limits.svg-size",
            )
        )
    if suffix == ".csv" and looks_like_forms_export(decoded.text.split("\n", 1)[0]):
        findings.append(_spreadsheet(rel))
    return ScanText(decoded.text, findings)


def _svg_findings(data: bytes, rel: str) -> list[Finding]:
    """What in an SVG would run or fetch on the web, or pull in a file (Typst would read it from meetings/)."""
    findings = []
    for problem in websafe_svg.problems(data):
        reference = "viser til" in problem.message
        findings.append(
            error(
                rel,
                0,
                0,
                problem.message,
                "Lagre figuren på nytt som ren SVG uten skript, lenker og innebygde bilder (i Inkscape: "
                "«Lagre som» → «Optimized SVG»), eller vis bildene hver for seg i kapitlet."
                if reference
                else "Lagre figuren på nytt som ren SVG uten skript og hendelser (i Inkscape: «Lagre som» → "
                "«Optimized SVG»), eller lagre den som PNG. Nettutgaven publiserer ikke en SVG som kan kjøre kode.",
                "image.svg-link" if reference else "image.svg-unsafe",
            )
        )
    return findings


def _is_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f")
    return controls > len(sample) // 100


def _image_findings(data: bytes, rel: str, suffix: str) -> list[Finding]:
    findings = []
    metadata = image_metadata(data)
    if metadata:
        kinds = ", ".join(metadata)
        findings.append(
            error(
                rel,
                0,
                0,
                f"Bildet har metadata ({kinds}) som ville bli med uendret inn i PDF-en.",
                STRIP_HINT,
                "privacy.image-metadata",
            )
        )
    if suffix not in IMAGE_SUFFIXES:
        findings.append(_binary(rel))
    return findings


def _too_large(rel: str, size: int) -> Finding:
    return error(
        rel,
        0,
        0,
        f"Filen er for stor til å sjekkes for personopplysninger ({size / 1024 / 1024:.0f} MB).",
        "Store filer hører ikke hjemme i repositoriet; flytt den ut.",
        "privacy.too-large",
    )


def _spreadsheet(rel: str) -> Finding:
    return error(
        rel,
        0,
        0,
        "Dette ser ut som et regneark eller en rå eksport fra Microsoft Forms. Svarradene skal aldri inn i "
        "repositoriet.",
        "Slett filen herfra og legg eksporten utenfor repositoriet; «rapport undersokelse importer FIL» "
        "lagrer bare summene.",
        "privacy.forms-export",
    )


def _binary(rel: str) -> Finding:
    return error(
        rel,
        0,
        0,
        "Filen er en binærfil, verken tekst eller et bildeformat rapporten bruker (PNG, JPEG, GIF, SVG).",
        "Lagre innholdet som tekst (Markdown, YAML, CSV) eller som bilde, og slett binærfilen.",
        "privacy.binary",
    )
