"""What Git knows about the build: commit, tag, whether the tree is clean, and the time."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import git

from rapportlinja.base import clock


class BuildInfo(NamedTuple):
    commit: str | None
    dirty: bool
    tag: str | None  # the tag pointing at HEAD, if any
    timestamp: int  # seconds since the epoch: the build's date, reproducible

    @property
    def short(self) -> str | None:
        return self.commit[:10] if self.commit else None


def read(root: Path) -> BuildInfo:
    """Facts about HEAD; SOURCE_DATE_EPOCH wins over the commit time, as reproducible builds expect."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    try:
        repo = git.Repo(root)
        head = repo.head.commit
    except (git.InvalidGitRepositoryError, git.NoSuchPathError, ValueError):
        # Not a Git checkout (a downloaded zip) or no commit yet: still build, but say so.
        return BuildInfo(None, True, None, int(epoch) if epoch else clock.now_epoch())
    tags = sorted(tag.name for tag in repo.tags if tag.commit == head)
    dirty = repo.is_dirty(untracked_files=True)
    timestamp = int(epoch) if epoch else head.committed_date
    return BuildInfo(head.hexsha, dirty, tags[-1] if tags else None, timestamp)
