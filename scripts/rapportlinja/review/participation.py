"""Who changed and who approved each file, from Git history: names only, never e-mail addresses.

Changed: the author of every ordinary commit, and everyone in its «Co-authored-by:» trailers.
Approved: everyone in «Reviewed-by:»/«Approved-by:» trailers. Never the author of a merge
commit: that is whoever pressed «Merge», which is no approval (the «Medvirkning» appendix
takes approvals from GitHub's reviews instead, see approvals.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

_TRAILER = re.compile(
    r"^(co-authored-by|reviewed-by|approved-by|acked-by)\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE
)
_ADDRESS = re.compile(r"<[^>]*>|\S+@\S+")


class Commit(NamedTuple):
    sha: str
    merge: bool
    author: str
    date: dt.date
    message: str
    files: tuple[str, ...]


class Person(NamedTuple):
    name: str
    last: dt.date  # the latest date this person changed or approved the file


class History(NamedTuple):
    changed: tuple[Person, ...]
    approved: tuple[Person, ...]


def clean_name(text: str) -> str:
    """«Kari Nordmann <kari@example.no>» → «Kari Nordmann»; a bare address becomes empty."""
    return " ".join(_ADDRESS.sub(" ", text).split())


def trailers(message: str) -> tuple[list[str], list[str]]:
    """(co-authors, reviewers) named in the message's trailers."""
    co_authors: list[str] = []
    reviewers: list[str] = []
    for kind, value in _TRAILER.findall(message):
        name = clean_name(value)
        if name:
            (co_authors if kind.lower() == "co-authored-by" else reviewers).append(name)
    return co_authors, reviewers


def people(commits: Iterable[Commit]) -> History:
    """Who changed and who approved, over the given commits."""
    changed: dict[str, dt.date] = {}
    approved: dict[str, dt.date] = {}
    for commit in commits:
        co_authors, reviewers = trailers(commit.message)
        if not commit.merge:
            for name in ([commit.author] if commit.author else []) + co_authors:
                changed[name] = max(changed.get(name, commit.date), commit.date)
        for name in reviewers:
            approved[name] = max(approved.get(name, commit.date), commit.date)
    return History(_sorted(changed), _sorted(approved))


def shas_by_file(commits: Sequence[Commit], files: Iterable[str]) -> dict[str, list[str]]:
    """The commits (merges included) that touched each file: what GitHub is asked about."""
    return {name: [c.sha for c in commits if name in c.files] for name in files}


def by_file(commits: Sequence[Commit], files: Iterable[str]) -> dict[str, History]:
    """The history of each file in `files` (repository-relative POSIX paths)."""
    return {name: people(c for c in commits if name in c.files) for name in files}


def _sorted(found: dict[str, dt.date]) -> tuple[Person, ...]:
    return tuple(Person(name, date) for name, date in sorted(found.items(), key=lambda item: item[0].casefold()))
