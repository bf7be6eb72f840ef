"""The repository's Git history: the commits with the files each changed (`git log`).

Commits listed in report/behandlede-commits.yaml come back without message and author: they are
hidden here, where the history is read, so no public output and no check can show them again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapportlinja.base import gitinfo
from rapportlinja.read import handled_commits
from rapportlinja.review import participation
from rapportlinja.review.participation import Commit

_RECORD, _FIELD = "\x1e", "\x1f"
_FORMAT = f"{_RECORD}%H{_FIELD}%P{_FIELD}%an{_FIELD}%as{_FIELD}%B{_FIELD}"


def read_commits(root: Path, revisions: str = "HEAD") -> list[Commit] | None:
    """Commits reachable from `revisions` (oldest first) with the files each changed; None without Git.

    Merges are listed with the files they changed against their first parent, which is
    what the merge brought into the main line. No pathspec: Git's history simplification
    would hide exactly the merges we look for, so files are filtered here instead.
    """
    repo = gitinfo.open_repo(root)  # GitMissing without the git program
    if repo is None:
        return None
    output = repo.git.log(revisions, f"--format={_FORMAT}", "--name-only", "--diff-merges=first-parent", "--reverse")
    handled = handled_commits.read(root).shas
    commits = [_parse(record) for record in output.split(_RECORD) if record.strip()]
    # The files stay: which chapter a commit touched is no personal data, and GitHub's reviews are found by SHA.
    return [c._replace(author="", message="") if c.sha in handled else c for c in commits]


def _parse(record: str) -> Commit:
    sha, parents, author, date, message, files = record.split(_FIELD, 5)
    return Commit(
        sha,
        len(parents.split()) > 1,
        participation.clean_name(author),
        dt.date.fromisoformat(date),
        message,
        tuple(line for line in files.splitlines() if line.strip()),
    )
