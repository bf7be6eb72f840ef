"""Where things live in a report repository."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base import confine
from rapportlinja.base.errors import UserError

EDITION_FILE = "report/rapport.yaml"
CHAPTERS_DIR = "report/kapitler"


class Layout(NamedTuple):
    root: Path

    @property
    def report(self) -> Path:
        return self.root / "report"

    @property
    def edition_file(self) -> Path:
        return self.root / EDITION_FILE

    @property
    def chapters_dir(self) -> Path:
        return self.root / CHAPTERS_DIR

    @property
    def meetings(self) -> Path:
        return self.root / "meetings"

    @property
    def build(self) -> Path:
        """build/, refused if it is a link or not a folder: every write below it starts here."""
        return confine.build_dir(self.root)

    def rel(self, path: Path) -> str:
        """Repository-relative POSIX name, as findings show it."""
        absolute = path if path.is_absolute() else Path.cwd() / path
        try:
            return absolute.relative_to(self.root).as_posix()
        except ValueError:
            pass
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def inside(self, path: Path) -> bool:
        """True if `path`, with every symlink followed, stays inside the repository."""
        if path.is_symlink():
            return _resolves_inside(self.root, path)
        # Not a link itself: inside exactly when its folder is; folders are few, so cache them.
        return _resolves_inside(self.root, path.parent)


@functools.lru_cache(maxsize=1024)
def _resolves_inside(root: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def find(start: Path | None = None) -> Layout:
    """The repository holding `start` (default: the working directory)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / EDITION_FILE).is_file():
            return Layout(folder)
    raise UserError(
        f"Fant ikke {EDITION_FILE} i {here} eller mappene over.",
        "Kjør kommandoen fra rapport-repositoriet (mappen med report/, meetings/ og schemas/).",
    )
