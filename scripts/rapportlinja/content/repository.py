"""Read the whole report repository once: the edition and every chapter file on disk."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from rapportlinja.content.documents import Loaded, load_markdown_file, load_yaml_file
from rapportlinja.content.markdown import Scan, scan
from rapportlinja.content.model import Chapter, Edition, chapter_from, edition_from
from rapportlinja.layout import Layout
from rapportlinja.validation.findings import error


class ChapterFile(NamedTuple):
    path: Path
    loaded: Loaded
    scan: Scan | None

    @property
    def file(self) -> str:
        return self.path.name


class Snapshot(NamedTuple):
    layout: Layout
    edition: Loaded
    chapters: dict[str, ChapterFile]  # every *.md in report/kapitler/, by file name

    def edition_record(self) -> Edition | None:
        return edition_from(self.edition.data) if self.edition.ok else None

    def chapter_records(self) -> list[Chapter]:
        """The chapters in the edition's order; call only when the snapshot has no errors."""
        edition = self.edition_record()
        assert edition is not None
        records = []
        for name in edition.chapter_files:
            loaded = self.chapters[name].loaded
            records.append(chapter_from(name, loaded.rel, loaded.data, loaded.body, loaded.body_first_line))
        return records


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
