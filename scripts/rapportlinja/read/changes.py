"""«Hva er nytt i denne utgaven»: what changed in the public report since the previous release tag.

Read from Git, told in words for politicians: which chapters are new, removed or changed and
by how many words, which sections came or went, which key figures changed. Only public
chapters in the report's order are compared, on both sides. Commit messages are never used:
they can carry anything, and the changes themselves tell the reader what they need.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import git

from rapportlinja.base import gitinfo, yamldoc
from rapportlinja.base.layout import CHAPTERS_DIR, EDITION_FILE
from rapportlinja.keyfigures import blocks, series
from rapportlinja.keyfigures.model import Figures
from rapportlinja.keyfigures.numformat import with_unit
from rapportlinja.read import frontmatter, tags
from rapportlinja.read.revisions import read_at
from rapportlinja.report import fenced
from rapportlinja.report.model import Chapter
from rapportlinja.review import worddiff

VALUES_FILE = "report/data/nokkeltall.csv"
MAX_WORDS = (
    40_000  # a chapter longer than this is compared by word count only (diffing them costs more than the count tells)
)


class ChapterChange(NamedTuple):
    title: str
    added_words: int
    removed_words: int
    words: int  # the chapter's length now
    new_sections: tuple[str, ...]
    removed_sections: tuple[str, ...]


class FigureChange(NamedTuple):
    indicator: str
    region: str
    period: str
    old: str | None  # None: a new value
    new: str | None  # None: a value taken out


class Changes(NamedTuple):
    previous: str | None  # the previous release tag; None for the first edition
    previous_date: dt.date | None
    new_chapters: tuple[str, ...]
    removed_chapters: tuple[str, ...]
    changed: tuple[ChapterChange, ...]
    unchanged: int
    figures: tuple[FigureChange, ...]
    # The chapter files (repository-relative) that are new or changed in words, in report order: the release
    # notes list these, so «Endrede kapitler» and «Hva er nytt» are one answer and cannot disagree.
    changed_files: tuple[str, ...] = ()
    # Every file whose content differs between the previous tag and now (the tree difference, never the
    # commits in between: a change that a branch made and took back again is no change).
    files: tuple[str, ...] = ()
    incomplete: bool = False  # a shallow clone: what came before is unknown, so nothing is claimed


class _OldChapter(NamedTuple):
    title: str
    body: str


def previous_release(root: Path) -> tuple[str, dt.date] | None:
    """The newest release tag in HEAD's history that is not on HEAD itself."""
    repo = gitinfo.open_repo(root)
    tag = tags.previous_tag(repo, repo.head.commit) if repo is not None else None
    return (tag[0], tag[1].committed_datetime.date()) if tag else None


def gather(root: Path, chapters: Sequence[Chapter], figures: Figures | None) -> Changes:
    """What changed since the previous release; with no previous release every chapter is new.

    A shallow clone has lost the previous release: then the changes are `incomplete`, never «all new».
    """
    repo = gitinfo.open_repo(root)
    if repo is not None and gitinfo.is_shallow(repo):
        return Changes(None, None, (), (), (), 0, (), incomplete=True)
    previous = previous_release(root) if repo is not None else None
    if repo is None or previous is None:
        # The first edition: every chapter is new, in «Hva er nytt» and in the release notes alike.
        return Changes(None, None, tuple(c.title for c in chapters), (), (), 0, (), tuple(c.rel for c in chapters))
    tag = previous[0]
    old = _old_chapters(repo, tag)
    files = tree_difference(repo, tag)
    changed: list[ChapterChange] = []
    changed_files: list[str] = []
    unchanged = 0
    for chapter in chapters:
        before = old.get(chapter.file)
        if before is None:
            changed_files.append(chapter.rel)
            continue
        # A file outside the tree difference is the same bytes as at the tag; comparing it would only cost.
        change = compare(before.body, chapter.body, chapter.title) if chapter.rel in files else None
        if change and (change.added_words or change.removed_words or change.new_sections or change.removed_sections):
            changed.append(change)
            changed_files.append(chapter.rel)
        else:
            unchanged += 1
    return Changes(
        previous=tag,
        previous_date=previous[1],
        new_chapters=tuple(c.title for c in chapters if c.file not in old),
        removed_chapters=tuple(o.title for f, o in old.items() if f not in {c.file for c in chapters}),
        changed=tuple(changed),
        unchanged=unchanged,
        figures=_figure_changes(repo, tag, chapters, figures),
        changed_files=tuple(changed_files),
        files=tuple(sorted(files)),
    )


def tree_difference(repo: git.Repo, tag: str) -> frozenset[str]:
    """The files whose content differs between `tag` and the working tree (`git diff --name-only TAG`).

    For a release the tree is clean and HEAD is the new tag, so this is exactly `git diff TAG..HEAD`;
    for a draft web edition it also counts what is not committed yet, as the chapters shown are.
    """
    output = repo.git.diff("--name-only", "--no-renames", "-z", tag, "--")
    return frozenset(name for name in output.split("\0") if name)


def compare(old_body: str, new_body: str, title: str) -> ChapterChange:
    old_words, new_words = _WORD.findall(old_body), _WORD.findall(new_body)
    if len(old_words) + len(new_words) > MAX_WORDS:
        added, removed = max(0, len(new_words) - len(old_words)), max(0, len(old_words) - len(new_words))
    else:
        # The same word diff as the reviewers' redline (review.worddiff), without its semantic cleanup:
        # here the count of words in and out matters, not readable runs.
        script = worddiff.diff_tokens(old_words, new_words, semantic=False)
        added = sum(len(run) for op, run in script if op == worddiff.INSERT)
        removed = sum(len(run) for op, run in script if op == worddiff.DELETE)
    old_sections, new_sections = sections(old_body), sections(new_body)
    return ChapterChange(
        title,
        added,
        removed,
        len(new_words),
        tuple(s for s in new_sections if s not in old_sections),
        tuple(s for s in old_sections if s not in new_sections),
    )


_WORD = re.compile(r"\w+")  # words, not Markdown marks: «## Mål» is one word
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*(\{[^}]*\})?\s*$")


def sections(body: str) -> list[str]:
    """The section headings of a chapter body, outside fenced blocks."""
    found, fence = [], ""
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            marker = stripped[:3]
            fence = "" if fence == marker else (fence or marker)
            continue
        match = None if fence else _HEADING.match(line)
        if match:
            found.append(match.group(1))
    return found


def _yaml(text: str, rel: str) -> dict[str, Any] | None:
    parsed = yamldoc.load(text, rel)
    return parsed.data if not parsed.findings and isinstance(parsed.data, dict) else None


def _old_chapters(repo: git.Repo, tag: str) -> dict[str, _OldChapter]:
    """The previous edition's public chapters in its order; anything unreadable counts as absent."""
    edition = _yaml(read_at(repo, tag, EDITION_FILE) or "", EDITION_FILE)
    files = edition.get("kapitler") if edition else None
    chapters: dict[str, _OldChapter] = {}
    for file in files if isinstance(files, list) else []:
        rel = f"{CHAPTERS_DIR}/{file}"
        split, findings = frontmatter.split(read_at(repo, tag, rel) or "", rel)
        data = _yaml(split.yaml_text, rel) if split and not findings else None
        if split and data and data.get("klassifisering") == "offentlig" and isinstance(data.get("tittel"), str):
            chapters[str(file)] = _OldChapter(data["tittel"], split.body)
    return chapters


def _figure_changes(
    repo: git.Repo, tag: str, chapters: Sequence[Chapter], figures: Figures | None
) -> tuple[FigureChange, ...]:
    """Changed values of the key figures that the public chapters show, for the years they show."""
    if figures is None:
        return ()
    shown: set[tuple[str, str, str]] = set()
    for chapter in chapters:
        for block in fenced.find(chapter.body, chapter.body_first_line, blocks.NAME):
            options, findings = blocks.read(block, figures, chapter.rel)
            if options is None or findings:
                continue
            codes = [figures.catalogue.regions[r].code for r in options.roles]
            shown |= {(i, code, str(p)) for i in options.indicators for code in codes for p in options.years}
    old_rows = series.parse_csv(read_at(repo, tag, VALUES_FILE) or "", figures.catalogue.indicators).rows
    old = {(r.indicator, r.region, str(r.period)): r.value for r in old_rows}
    new = {(r.indicator, r.region, str(r.period)): r.value for r in figures.rows}
    changes = []
    for key in sorted(shown):
        if old.get(key) == new.get(key):
            continue
        indicator = figures.catalogue.indicators[key[0]]
        region = figures.catalogue.region_of_code(key[1])

        def shown_value(value: float | None) -> str | None:
            return None if value is None else with_unit(value, indicator.decimals, indicator.unit)  # noqa: B023

        changes.append(
            FigureChange(
                indicator.name,
                region.name if region else key[1],
                key[2],
                shown_value(old.get(key)),
                shown_value(new.get(key)),
            )
        )
    return tuple(changes)
