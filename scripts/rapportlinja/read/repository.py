"""The repository as one command sees it: every input file opened and parsed once, when first needed.

`open_repository` is what the commands use (`rapport sjekk`, `bygg`, `utgivelse`); `read` gives the
edition and chapters alone, for code that needs only those.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from pathlib import Path

from rapportlinja.base.findings import error
from rapportlinja.base.layout import Layout
from rapportlinja.base.loaded import Loaded
from rapportlinja.read import archive, keyfigures
from rapportlinja.read.documents import load_markdown_file, load_yaml_file
from rapportlinja.read.once import reading_once
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


def read_language(layout: Layout) -> str:
    """The report's målform for the command line's own words: «nn» or «nb» (also for a broken or missing file)."""
    if not layout.edition_file.is_file():
        return "nb"
    data = load_yaml_file(layout.edition_file, layout.rel(layout.edition_file), "rapport").data
    return "nn" if isinstance(data, dict) and data.get("målform") == "nn" else "nb"


class Repository:
    """One run's view of the repository. Parts are read on first use, and each file only once."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout

    @functools.cached_property
    def snapshot(self) -> Snapshot:
        """The edition (report/rapport.yaml) and every chapter file."""
        return read(self.layout)

    @functools.cached_property
    def archive(self) -> archive.Archive:
        """The routine and every minutes file under meetings/."""
        return archive.read(self.layout)

    @functools.cached_property
    def keyfigures(self) -> keyfigures.Reading:
        """The indicators and the values, checked; `figures` is None when there are none or they are broken."""
        return keyfigures.read(self.layout)


@contextlib.contextmanager
def open_repository(layout: Layout) -> Iterator[Repository]:
    """The repository for one command: while open, every loader shares what has been read."""
    with reading_once():
        yield Repository(layout)
