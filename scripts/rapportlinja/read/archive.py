"""Read the routine and the minutes from meetings/ (the only file I/O of the meetings package)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base.layout import Layout
from rapportlinja.base.loaded import Loaded
from rapportlinja.meetings.minutes import Minutes, minutes_from
from rapportlinja.meetings.registers import REGISTERS_FILE, Registers, registers_from
from rapportlinja.meetings.routine import ROUTINE_FILE, Routine, routine_from
from rapportlinja.read.documents import load_markdown_file, load_yaml_file
from rapportlinja.read.once import remember

MINUTES_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}\.md$")


class MinutesFile(NamedTuple):
    path: Path
    folder: str  # the line folder the file lies in
    loaded: Loaded


class Archive(NamedTuple):
    layout: Layout
    routine_file: Loaded | None  # None when meetings/rutine.yaml does not exist
    minutes: tuple[MinutesFile, ...]
    registers_file: Loaded | None = None  # meetings/registre.yaml; None when the municipality keeps none


def routine_path(layout: Layout) -> Path:
    return layout.meetings / ROUTINE_FILE


def registers_path(layout: Layout) -> Path:
    return layout.meetings / REGISTERS_FILE


def minutes_paths(layout: Layout, folders: Iterable[str] | None = None) -> list[Path]:
    """Every Markdown file one level under meetings/ (or only in `folders`)."""
    if not layout.meetings.is_dir():
        return []
    if folders is None:
        return sorted(layout.meetings.glob("*/*.md"))
    return sorted(path for folder in folders for path in (layout.meetings / folder).glob("*.md"))


def read(layout: Layout, folders: Iterable[str] | None = None) -> Archive:
    chosen = None if folders is None else tuple(folders)
    return remember(("archive", layout.root, chosen), lambda: _read(layout, chosen))


def _read(layout: Layout, folders: Iterable[str] | None) -> Archive:
    path = routine_path(layout)
    routine = load_yaml_file(path, layout.rel(path), "rutine") if path.exists() else None
    files = tuple(
        MinutesFile(p, p.parent.name, load_markdown_file(p, layout.rel(p), "referat"))
        for p in minutes_paths(layout, folders)
    )
    registers = registers_path(layout)
    registers_file = load_yaml_file(registers, layout.rel(registers), "registre") if registers.exists() else None
    return Archive(layout, routine, files, registers_file)


def routine_of(archive: Archive) -> Routine | None:
    """The routine record, if the file is there and passed its schema."""
    loaded = archive.routine_file
    return routine_from(loaded.data) if loaded is not None and loaded.ok else None


def registers_of(archive: Archive) -> Registers:
    """The registers, if the file is there and passed its schema; else empty (`rapport sjekk` says why)."""
    loaded = archive.registers_file
    return registers_from(loaded.data) if loaded is not None and loaded.ok else Registers()


def history(archive: Archive) -> dict[str, tuple[Minutes, ...]]:
    """Readable minutes by line (their folder), oldest first."""
    by_line: dict[str, list[Minutes]] = {}
    for file in archive.minutes:
        if file.loaded.ok and MINUTES_NAME.match(file.path.name):
            record = minutes_from(file.loaded.rel, file.loaded.data)
            by_line.setdefault(file.folder, []).append(record)
    return {line: tuple(sorted(items, key=lambda m: m.date)) for line, items in by_line.items()}


def meeting_files(layout: Layout) -> int:
    """How many files `rapport sjekk` reads under meetings/ (for its closing line)."""
    return len(minutes_paths(layout)) + int(routine_path(layout).exists()) + int(registers_path(layout).exists())
