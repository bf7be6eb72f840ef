"""The review packet's content: per changed chapter or data file, what changed, in sentences and a redline.

Pure: turns a ChangeSet into sections that the Markdown summary and the PDF's first page print.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rapportlinja.review import fieldchanges, tablechanges, worddiff
from rapportlinja.review.changeset import ChangeSet, ChapterChange, DataChange
from rapportlinja.review.worddiff import Segment
from rapportlinja.review.words import words

# Private stand-ins while paragraphs are picked out, so a user's own «[+» is never mistaken for a mark.
_MARKS = ("\ue010", "\ue011", "\ue012", "\ue013")
_VISIBLE = str.maketrans({"\ue010": "[+", "\ue011": "+]", "\ue012": "[-", "\ue013": "-]"})


class Section(NamedTuple):
    heading: str
    fields: tuple[str, ...]  # frontmatter or YAML keys, as sentences
    cells: tuple[str, ...]  # table cells and data rows, as sentences
    redline: str  # the changed paragraphs with «[+…+]» and «[-…-]», or ""


def sections(changes: ChangeSet, language: str) -> list[Section]:
    found = [_chapter(c, language) for c in changes.chapters]
    found.extend(_data(d, language) for d in changes.data)
    if changes.edition is not None:
        old, new = changes.edition
        found.append(Section("report/rapport.yaml", tuple(fieldchanges.sentences(old, new, language)), (), ""))
    return found


def _chapter(change: ChapterChange, language: str) -> Section:
    said = words(language)
    key = "chapter_changed" if change.old and change.new else "chapter_added" if change.new else "chapter_removed"
    heading = said[key].format(title=change.title, rel=change.rel)
    old_meta, new_meta = (change.old.meta if change.old else None), (change.new.meta if change.new else None)
    old_body, new_body = (change.old.body if change.old else ""), (change.new.body if change.new else "")
    return Section(
        heading,
        tuple(fieldchanges.sentences(old_meta, new_meta, language)),
        tuple(tablechanges.table_sentences(old_body, new_body, language)),
        changed_paragraphs(worddiff.diff_words(old_body, new_body)),
    )


def _data(change: DataChange, language: str) -> Section:
    heading = words(language)["data_changed"].format(rel=change.rel)
    if change.rel.endswith(".csv"):
        return Section(heading, (), tuple(tablechanges.csv_sentences(change.old, change.new, language)), "")
    return Section(heading, (), (), changed_paragraphs(worddiff.diff_words(change.old, change.new)))


def changed_paragraphs(segments: Sequence[Segment], gap: str = "…") -> str:
    """Only the paragraphs that hold a change, in order, with «…» where unchanged ones were left out."""
    marked = worddiff.text_redline(segments, _MARKS)
    kept: list[str] = []
    skipped = False
    for paragraph in marked.split("\n\n"):
        if any(mark in paragraph for mark in _MARKS):
            if skipped and kept:
                kept.append(gap)
            kept.append(paragraph.strip("\n"))
            skipped = False
        else:
            skipped = True
    return "\n\n".join(kept).translate(_VISIBLE)


def markdown(changes: ChangeSet, language: str) -> str:
    """build/endringer.md: what changed, readable without colour."""
    said = words(language)
    found = sections(changes, language)
    lines = [f"# {said['title']}", "", said["intro"].format(fra=changes.old_label, til=changes.new_label), ""]
    if not found:
        return "\n".join([*lines, said["no_changes"], ""])
    lines += [f"## {said['summary']}", "", *[f"- {s.heading}" for s in found], ""]
    for section in found:
        lines += [f"## {section.heading}", ""]
        for title, items in ((said["frontmatter"], section.fields), (said["tables"], section.cells)):
            if items:
                lines += [f"**{title}**", "", *[f"- {item}" for item in items], ""]
        if section.redline:
            lines += [f"**{said['text']}**", "", section.redline, ""]
        elif not section.fields and not section.cells:
            lines += [said["text_unchanged"], ""]
    return "\n".join(lines)
