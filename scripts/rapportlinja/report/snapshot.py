"""The edition and every chapter file as read once: what the checks and the build work from."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from rapportlinja.base.layout import Layout
from rapportlinja.base.loaded import Loaded
from rapportlinja.report.markdown import Scan
from rapportlinja.report.model import Chapter, Edition, chapter_from, edition_from


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
