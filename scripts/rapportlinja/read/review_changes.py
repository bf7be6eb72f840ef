"""Read what a review covers from Git: the chapters and key-figure data that differ between two revisions."""

from __future__ import annotations

from typing import Any

import git
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from rapportlinja.base.layout import CHAPTERS_DIR
from rapportlinja.read import frontmatter, revisions
from rapportlinja.review.changeset import ChangeSet, ChapterChange, DataChange, Text

DATA_DIR = "report/data/"
EDITION = "report/rapport.yaml"


def parse_chapter(text: str | None) -> Text | None:
    if text is None:
        return None
    split, findings = frontmatter.split(text.replace("\r\n", "\n"), "")
    if split is None or findings:
        return Text({}, text)
    return Text(_mapping(split.yaml_text), split.body)


def _mapping(yaml_text: str) -> dict[str, Any]:
    try:
        data = YAML(typ="safe", pure=True).load(yaml_text)
    except YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def collect(repo: git.Repo, old: str, new: str | None, working_tree: str) -> ChangeSet:
    chapters, data = [], []
    edition = None
    for rel in revisions.changed_files(repo, old, new):
        before, after = revisions.read_at(repo, old, rel), revisions.read_at(repo, new, rel)
        if before == after:
            continue
        if rel.startswith(CHAPTERS_DIR + "/") and rel.endswith(".md"):
            old_text, new_text = parse_chapter(before), parse_chapter(after)
            title = next((str(t.meta["tittel"]) for t in (new_text, old_text) if t and "tittel" in t.meta), rel)
            chapters.append(ChapterChange(rel, title, old_text, new_text))
        elif rel.startswith(DATA_DIR):
            data.append(DataChange(rel, before or "", after or ""))
        elif rel == EDITION:
            edition = (_mapping(before or ""), _mapping(after or ""))
    return ChangeSet(
        revisions.short(repo, old, working_tree),
        revisions.short(repo, new, working_tree),
        tuple(chapters),
        tuple(data),
        edition,
    )
