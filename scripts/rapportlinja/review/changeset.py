"""What a review covers: the chapters and key-figure data that differ between two revisions (records).

read/review_changes.py fills them from Git.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Text(NamedTuple):
    meta: dict[str, Any]
    body: str


class ChapterChange(NamedTuple):
    rel: str
    title: str
    old: Text | None  # None: the chapter is new
    new: Text | None  # None: the chapter was removed


class DataChange(NamedTuple):
    rel: str
    old: str
    new: str


class ChangeSet(NamedTuple):
    old_label: str  # how the first page names the two versions
    new_label: str
    chapters: tuple[ChapterChange, ...]
    data: tuple[DataChange, ...]
    edition: tuple[dict[str, Any], dict[str, Any]] | None  # report/rapport.yaml before and after
