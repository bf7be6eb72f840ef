"""Confinement: every path the tool reads or writes stays a plain path inside the repository.

A symbolic link in a content folder (a chapter, a logo, a survey data file, a whole
meetings/<linje> folder) would carry a file from outside the repository into the public
report; a committed `build` symlink would make every writing command write, and
overwrite, outside it; a hard link shares its content with a file elsewhere. So:

- `resolve` is the one function for a path the tool reads or writes: every existing
  component below the repository root must be a plain folder or file (no symlink), a
  file must have one hard link only, and the result must lie inside the repository.
- `build_dir` is `resolve` for build/: absent or a real folder inside the repository.
- `refuse_content_links` walks report/ and meetings/ (names only, with lstat) before any
  command but `sjekk` reads them; `sjekk` reports the same as findings instead.
- `refuse_tracked_build` refuses build files that Git tracks: a chart "cache" committed
  with `git add -f` would otherwise be trusted as our own drawing in a fresh clone.

This module inspects paths (lstat), never file contents.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from rapportlinja.base.errors import UserError

CONTENT_FOLDERS = ("report", "meetings")
BUILD = "build"


def _refuse(rel: str, what: str, hint: str) -> UserError:
    return UserError(f"{rel}: {what}", hint)


def _check_entry(info: os.stat_result, rel: str) -> None:
    if stat.S_ISLNK(info.st_mode):
        raise _refuse(
            rel,
            "er en symbolsk lenke. Rapportlinja leser og skriver bare vanlige filer og mapper i repositoriet.",
            "Erstatt lenken med en vanlig fil eller mappe.",
        )
    if stat.S_ISREG(info.st_mode) and info.st_nlink > 1:
        raise _refuse(
            rel,
            f"har {info.st_nlink} harde lenker og deler innhold med en fil et annet sted.",
            "Lag en vanlig kopi av filen.",
        )


def resolve(root: Path, path: Path | str) -> Path:
    """`path` (relative to `root`, or absolute) checked component by component; refused if it escapes."""
    root = root.absolute()
    target = Path(path) if Path(path).is_absolute() else root / path
    try:
        parts = target.absolute().relative_to(root).parts
    except ValueError:
        raise _refuse(str(path), "ligger utenfor repositoriet.", "Bruk en sti inne i repositoriet.") from None
    if ".." in parts:
        raise _refuse(str(path), "peker ut av mappen sin med «..».", "Bruk en sti inne i repositoriet.")
    current = root
    for index, part in enumerate(parts):
        current = current / part
        try:
            info = current.lstat()
        except FileNotFoundError:
            break  # the rest does not exist yet (a file about to be written)
        _check_entry(info, "/".join(parts[: index + 1]))
    return current if len(parts) == 0 else root.joinpath(*parts)


def build_dir(root: Path) -> Path:
    """build/ under `root`: absent or a real folder, never a link (a committed `build` symlink)."""
    path = resolve(root, BUILD)
    if path.exists() and not path.is_dir():
        raise _refuse(BUILD, "er ikke en mappe.", "Slett build/ (den lages på nytt) og prøv igjen.")
    return path


def refuse_content_links(root: Path) -> None:
    """No symlink, hard-linked file or special file anywhere under report/ and meetings/."""
    for folder in CONTENT_FOLDERS:
        top = root / folder
        resolve(root, folder)
        if not top.is_dir():
            continue
        for current, dirs, files in os.walk(top, followlinks=False):
            for name in [*dirs, *files]:
                path = Path(current) / name
                _check_entry(path.lstat(), path.relative_to(root).as_posix())


def refuse_tracked_build(root: Path) -> None:
    """Refuse build files that Git tracks: generated files are never content."""
    try:
        result = subprocess.run(
            ["git", "ls-files", "-z", "--", BUILD], cwd=root, capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return  # no Git: nothing can be tracked
    tracked = [name for name in result.stdout.decode("utf-8", errors="replace").split("\0") if name]
    if result.returncode == 0 and tracked:
        raise UserError(
            f"Git sporer {len(tracked)} fil(er) under build/ (for eksempel {tracked[0]}). Det som ligger der, lager "
            "verktøyet selv, og en innsjekket fil der kunne bli tatt for vår egen tegning.",
            "Fjern filene fra Git med «git rm -r --cached build» og commit.",
        )
