"""Which files `rapport sjekk` checks: the paths a user or pre-commit gives, or the whole content.

A folder stands for the files under it, a path that does not exist is an error (a typo
must never give a green «no errors»), and the closing count is the files really covered.
"""

from __future__ import annotations

import os
from pathlib import Path

from rapportlinja.base.findings import Finding, error
from rapportlinja.base.layout import Layout

CONTENT_FOLDERS = ("report", "meetings")  # everything under these is checked, at least its size
CODEOWNERS = ".github/CODEOWNERS"


def content_files(layout: Layout) -> list[Path]:
    """Every file the checks cover, hidden ones (.gitkeep, .sjekk-cache) aside."""
    files = []
    for folder in CONTENT_FOLDERS:
        for directory, subdirs, names in os.walk(layout.root / folder):
            subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
            files += [Path(directory) / name for name in sorted(names) if not name.startswith(".")]
    codeowners = layout.root / CODEOWNERS
    return files + ([codeowners] if codeowners.is_file() else [])


def select(layout: Layout, paths: list[str]) -> tuple[set[str], list[Finding]]:
    """The repository-relative files the paths stand for, and an error for each missing path."""
    selected: set[str] = set()
    findings = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            selected |= {layout.rel(p) for p in path.rglob("*") if p.is_file()}
        elif path.exists():
            selected.add(layout.rel(path))
        else:
            findings.append(
                error(
                    raw,
                    0,
                    0,
                    "Fant ikke filen eller mappen.",
                    "Sjekk stavemåten; stier regnes fra mappen du står i.",
                    "path.missing",
                )
            )
    return selected, findings


def checked_count(layout: Layout, selected: set[str] | None) -> int:
    covered = {p.relative_to(layout.root).as_posix() for p in content_files(layout)}
    return len(covered if selected is None else covered & selected)
