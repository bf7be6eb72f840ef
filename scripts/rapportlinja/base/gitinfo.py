"""What Git knows about the build: commit, tag, whether the tree is clean, and the time.

Also the one way to open the repository: outside Git (a zip download) there is no repository,
without the git program there is a Norwegian error (GitMissing), and tags that point at a tree
or a blob instead of a commit are left out with a warning, since `tag.commit` raises on them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import NamedTuple

import git

from rapportlinja.base import clock
from rapportlinja.base.errors import UserError

UNSHALLOW = "git fetch --unshallow"


class GitMissing(UserError):
    """A Git checkout, but no git program to read its history with."""

    def __init__(self) -> None:
        super().__init__(
            "Fant ikke programmet git, så historikken i Git (versjon, tagger, medvirkning, "
            "hva som er nytt, godkjente referater) kan ikke leses.",
            "Installer git (https://git-scm.com) og sørg for at det ligger i PATH, og prøv igjen.",
        )


class BuildInfo(NamedTuple):
    commit: str | None
    dirty: bool
    tag: str | None  # the tag pointing at HEAD, if any
    timestamp: int  # seconds since the epoch: the build's date, reproducible
    shallow: bool = False  # a shallow clone: the history before its boundary is missing
    warnings: tuple[str, ...] = ()  # in Norwegian, for the command to show

    @property
    def short(self) -> str | None:
        return self.commit[:10] if self.commit else None


def open_repo(root: Path) -> git.Repo | None:
    """The repository with at least one commit; None outside Git; GitMissing without the git program."""
    try:
        repo = git.Repo(root)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        return None  # not a Git checkout (a downloaded zip): the callers carry on without history
    if shutil.which(os.environ.get("GIT_PYTHON_GIT_EXECUTABLE") or "git") is None:
        raise GitMissing
    try:
        repo.head.commit  # noqa: B018 - raises ValueError when there is no commit yet
    except ValueError:
        return None
    except git.GitCommandNotFound:
        raise GitMissing from None
    return repo


def remote_urls(root: Path) -> list[str]:
    """The addresses of the repository's remotes, from its config (no git program needed); empty outside Git."""
    try:
        reader = git.Repo(root).config_reader()
        sections = [s for s in reader.sections() if s.startswith("remote ")]
        return [str(reader.get_value(s, "url", "")) for s in sections if reader.has_option(s, "url")]
    except (git.InvalidGitRepositoryError, git.NoSuchPathError, OSError, ValueError):
        return []


def is_shallow(repo: git.Repo) -> bool:
    return str(repo.git.rev_parse("--is-shallow-repository")).strip() == "true"


def shallow_warning(what: str) -> str:
    return (
        f"Git-historikken er ufullstendig (en grunn klone), så {what}. "
        f"Hent hele historikken med «{UNSHALLOW}» og prøv igjen."
    )


def commit_tags(repo: git.Repo) -> tuple[list[tuple[str, git.Commit]], list[str]]:
    """(name, commit) of every tag on a commit, and the names of the tags that point at something else."""
    found, skipped = [], []
    for tag in repo.tags:
        try:
            found.append((tag.name, tag.commit))
        except ValueError:  # `git tag weird HEAD^{tree}`: a tree or a blob has no commit
            skipped.append(tag.name)
    return found, skipped


def skipped_warning(names: list[str]) -> str:
    listed = ", ".join(f"«{name}»" for name in sorted(names))
    return f"Hopper over tagger som ikke peker på en commit: {listed}."


def read(root: Path) -> BuildInfo:
    """Facts about HEAD; SOURCE_DATE_EPOCH wins over the commit time, as reproducible builds expect."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    repo = open_repo(root)
    if repo is None:
        # Not a Git checkout (a downloaded zip) or no commit yet: still build, but say so.
        return BuildInfo(None, True, None, int(epoch) if epoch else clock.now_epoch())
    head = repo.head.commit
    tagged, skipped = commit_tags(repo)
    tags = sorted(name for name, commit in tagged if commit == head)
    dirty = repo.is_dirty(untracked_files=True)
    timestamp = int(epoch) if epoch else head.committed_date
    shallow = is_shallow(repo)
    warnings = (
        *([skipped_warning(skipped)] if skipped else []),
        *([shallow_warning("vedlegget «Medvirkning» og «Hva er nytt» kan ikke lages riktig")] if shallow else []),
    )
    return BuildInfo(head.hexsha, dirty, tags[-1] if tags else None, timestamp, shallow, warnings)
