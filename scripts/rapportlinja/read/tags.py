"""Release tags: «v<år>.<n>» (v2025.1) on HEAD, a clean tree, and the tag before it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

import git

from rapportlinja.base import gitinfo
from rapportlinja.base.errors import UserError

TAG = re.compile(r"^v(?P<year>20[0-9]{2})\.(?P<number>[1-9][0-9]*)$")
EXAMPLE = "v2025.1"


class Release(NamedTuple):
    tag: str
    commit: str
    date: dt.date  # the tagged commit's date, in the committer's time zone
    previous: str | None  # the latest release tag before this one in HEAD's history


def version_key(tag: str) -> tuple[int, int]:
    match = TAG.match(tag)
    return (int(match["year"]), int(match["number"])) if match else (0, 0)


def current(root: Path) -> Release:
    """The release HEAD is tagged as; UserError when there is none or the tree is not clean."""
    repo = gitinfo.open_repo(root)
    if repo is None:
        raise UserError(
            "En utgivelse må lages fra et Git-repositorium med minst én commit.",
            "Klon repositoriet med git i stedet for å laste det ned som zip.",
        )
    if gitinfo.is_shallow(repo):
        # The previous tag, the notes and «Medvirkning» would all be wrong without a word: refuse.
        raise UserError(
            "Git-historikken er ufullstendig (en grunn klone), så utgivelsen ville fått feil forrige utgave, "
            "feil utgivelsesnotater og feil vedlegg om medvirkning.",
            f"Hent hele historikken med «{gitinfo.UNSHALLOW}» (i CI: fetch-depth: 0) og prøv igjen.",
        )
    head = repo.head.commit
    if repo.is_dirty() or [name for name in repo.untracked_files if not name.startswith("build/")]:
        # build/ is what we write; anything else not in Git would make the release differ from the tag.
        raise UserError(
            "Arbeidskopien har endringer som ikke er lagret i Git, så utgivelsen ville ikke stemt med taggen.",
            "Lagre endringene med git commit (eller forkast dem) og prøv igjen.",
        )
    at_head = [name for name, commit in gitinfo.commit_tags(repo)[0] if commit == head]
    releases = sorted((name for name in at_head if TAG.match(name)), key=version_key)
    if not releases:
        other = f" Taggene på HEAD ({', '.join(sorted(at_head))}) har feil form." if at_head else ""
        raise UserError(
            f"HEAD har ingen utgivelsestagg av formen v<år>.<n>, for eksempel {EXAMPLE}.{other}",
            f"Lag taggen på commiten som skal gis ut: git tag {EXAMPLE} && git push origin {EXAMPLE}",
        )
    tag = releases[-1]
    return Release(tag, head.hexsha, head.committed_datetime.date(), _previous(repo, head, tag))


def _previous(repo: git.Repo, head: git.Commit, tag: str) -> str | None:
    earlier = previous_tag(repo, head, below=tag)
    return earlier[0] if earlier else None


def previous_tag(repo: git.Repo, head: git.Commit, below: str | None = None) -> tuple[str, git.Commit] | None:
    """The newest release tag in `head`'s history that is not on `head` (and, given `below`, older than it).

    Tags on a tree or a blob are no release and are passed over (gitinfo.read warns about them).
    """
    earlier = [
        (name, commit)
        for name, commit in gitinfo.commit_tags(repo)[0]
        if TAG.match(name)
        and commit != head
        and (below is None or version_key(name) < version_key(below))
        and repo.is_ancestor(commit, head)
    ]
    return max(earlier, key=lambda t: version_key(t[0])) if earlier else None
