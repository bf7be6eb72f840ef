"""Atomic writes: a reader sees the old file or the new one, never half of either.

A full disk or a read-only folder is the machine's fault, not ours: it leaves no temporary file
behind and ends as a UserError in Norwegian (base/oserror), never as «intern feil».
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from rapportlinja.base import oserror


@contextlib.contextmanager
def _explained(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        explained = oserror.as_user_error(error, path)
        if explained is None:
            raise
        raise explained from error


def write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    with _explained(path):
        _write_bytes(path, data)


def _write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        with_suppressed_unlink(tmp_name)
        raise


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def create_text(path: Path, text: str) -> None:
    """Write a new file atomically; refuse if it exists (a person's work is never overwritten)."""
    with _explained(path):
        _create_text(path, text)


def _create_text(path: Path, text: str) -> None:
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
        os.chmod(tmp_name, 0o644)
        # link() fails if the target appeared meanwhile, unlike rename().
        os.link(tmp_name, path)
    finally:
        with_suppressed_unlink(tmp_name)


def with_suppressed_unlink(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name)


def replace_folder(work: Path, out: Path) -> None:
    """Put the finished folder `work` where `out` is, keeping the old one until the new one is in place.

    A failed build never gets here, so readers always see either the whole previous result or the whole new
    one, and nothing from an earlier build (a chapter since made internal) is left over in it.
    """
    old = out.with_name(f".{out.name}-forrige")
    shutil.rmtree(old, ignore_errors=True)
    with _explained(out):
        if out.exists():
            out.rename(old)
        work.rename(out)
    shutil.rmtree(old, ignore_errors=True)
