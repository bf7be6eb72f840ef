"""Read the whole report repository once: the edition and every chapter file on disk."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base.findings import error
from rapportlinja.base.layout import Layout
from rapportlinja.base.loaded import Loaded
from rapportlinja.read.documents import load_markdown_file, load_yaml_file
from rapportlinja.report.markdown import scan
from rapportlinja.report.snapshot import ChapterFile, Snapshot


def outside(layout: Layout, path: Path) -> Loaded:
    """A symlink out of the repository is never read: it could pull any file into the PDF."""
    rel = layout.rel(path)
    return Loaded(
        rel,
        None,
        None,
        [
            error(
                rel,
                0,
                0,
                "Filen er en lenke (symlink) som peker ut av repositoriet.",
                "Kopier innholdet inn i filen i stedet.",
                "file.outside",
            )
        ],
    )


def read(layout: Layout) -> Snapshot:
    edition = load_yaml_file(layout.edition_file, layout.rel(layout.edition_file), "rapport")
    chapters = {}
    for path in sorted(layout.chapters_dir.glob("*.md")):
        loaded = (
            load_markdown_file(path, layout.rel(path), "kapittel") if layout.inside(path) else outside(layout, path)
        )
        body_scan = scan(loaded.body, loaded.body_first_line) if loaded.body else None
        chapters[path.name] = ChapterFile(path, loaded, body_scan)
    return Snapshot(layout, edition, chapters)
