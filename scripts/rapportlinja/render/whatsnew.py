"""«Hva er nytt i denne utgaven» in words: for the web edition's page and for the release notes."""

from __future__ import annotations

from typing import NamedTuple

from rapportlinja.base.escape import markdown as md
from rapportlinja.base.labels import long_date
from rapportlinja.keyfigures.numformat import number
from rapportlinja.read.changes import Changes, FigureChange
from rapportlinja.render.weblabels import WebLabels, web_labels

MAX_FIGURES = 40  # a new year of SSB figures can change hundreds of cells; the list stays readable


class Part(NamedTuple):
    heading: str
    items: tuple[str, ...]  # a bulleted list
    note: str  # a sentence after the list, or ""


class Summary(NamedTuple):
    intro: str
    parts: tuple[Part, ...]


def summarize(changes: Changes, language: str) -> Summary:
    """Plain text (not escaped): the template or `as_markdown` escapes it for its format."""
    words = web_labels(language)
    if changes.incomplete:
        return Summary(words.history_incomplete, ())
    if changes.previous is None or changes.previous_date is None:
        return Summary(words.first_edition, ())
    intro = words.new_since.format(tag=changes.previous, date=long_date(changes.previous_date))
    parts = []
    if changes.new_chapters:
        parts.append(Part(words.chapters_new, changes.new_chapters, ""))
    if changes.removed_chapters:
        parts.append(Part(words.chapters_removed, changes.removed_chapters, ""))
    unchanged = ""
    if changes.unchanged:
        sentence = words.chapters_unchanged_one if changes.unchanged == 1 else words.chapters_unchanged_many
        unchanged = sentence.format(count=changes.unchanged)
    items = []
    for change in changes.changed:
        text = f"{change.title}: " + words.chapter_words.format(
            added=number(change.added_words, 0), removed=number(change.removed_words, 0), words=number(change.words, 0)
        )
        if change.new_sections:
            text += " " + words.sections_new.format(names=", ".join(f"«{s}»" for s in change.new_sections))
        if change.removed_sections:
            text += " " + words.sections_removed.format(names=", ".join(f"«{s}»" for s in change.removed_sections))
        items.append(text)
    parts.append(Part(words.chapters_changed, tuple(items), unchanged or ("" if items else words.no_chapter_changes)))
    figures = tuple(_figure(f, words) for f in changes.figures[:MAX_FIGURES])
    more = len(changes.figures) - MAX_FIGURES
    note = words.more_figures.format(count=more) if more > 0 else ("" if figures else words.no_figure_changes)
    parts.append(Part(words.figures, figures, note))
    return Summary(intro, tuple(parts))


def _figure(change: FigureChange, words: WebLabels) -> str:
    sentence = (
        words.figure_changed if change.old and change.new else words.figure_new if change.new else words.figure_removed
    )
    return sentence.format(**change._asdict())


def as_markdown(changes: Changes, language: str, level: int = 2) -> str:
    """The same summary as a Markdown section, for UTGIVELSESNOTATER.md."""
    summary = summarize(changes, language)
    hashes = "#" * level
    lines = [f"{hashes} {web_labels(language).whats_new}", "", md(summary.intro), ""]
    for part in summary.parts:
        lines += [f"{hashes}# {md(part.heading)}", ""]
        lines += [f"- {md(item)}" for item in part.items]
        if part.items:
            lines.append("")
        if part.note:
            lines += [md(part.note), ""]
    return "\n".join(lines)
