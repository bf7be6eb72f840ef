"""What Git knows about the build: commit, tag, whether the tree is clean, and the time.

Also the one way to open the repository: outside Git (a zip download) there is no repository,
without the git program there is a Norwegian error (GitMissing), and tags that point at a tree
or a blob instead of a commit are left out with a warning, since `tag.commit` raises on them.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
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
    import git  # here: GitPython costs 0.1-0.2 s to import, and `rapport sjekk` never opens the history

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
    """The addresses of the repository's remotes, from its config (no git program needed); empty outside Git.

    Read with the standard library's INI reader, which takes Git's config syntax (`[remote "origin"]`,
    indented keys): every `rapport sjekk` asks, and GitPython's import alone cost more than the whole check.
    """
    config = _config_file(root)
    parser = configparser.RawConfigParser(strict=False, allow_no_value=True)
    try:
        if config is None or not parser.read(config, encoding="utf-8"):
            return []
    except (configparser.Error, OSError, UnicodeDecodeError):
        return []
    sections = [s for s in parser.sections() if s.startswith("remote ")]
    return [parser.get(s, "url") or "" for s in sections if parser.has_option(s, "url")]


def _config_file(root: Path) -> Path | None:
    """The repository's own config: in `.git/`, or for a linked worktree (`.git` is a file) in the common dir."""
    dotgit = root / ".git"
    if dotgit.is_dir():
        return dotgit / "config"
    try:
        pointer = dotgit.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not pointer.startswith("gitdir:"):
        return None
    gitdir = (root / pointer.removeprefix("gitdir:").strip()).resolve()
    common = gitdir / "commondir"
    # Without a commondir (a submodule's or a separate git dir) the config is right there.
    with contextlib.suppress(OSError, UnicodeDecodeError):
        gitdir = (gitdir / common.read_text(encoding="utf-8").strip()).resolve()
    return gitdir / "config"


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
