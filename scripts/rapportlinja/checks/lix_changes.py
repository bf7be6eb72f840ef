"""Each changed chapter's LIX before and after, as a Markdown table for the review summary and the PR comment.

The texts are read with the same pandoc script as the gate's klarspråk check (and the same cache), so the
numbers are the ones `rapport sjekk` reports. The section starts with MARKER; the pull request comment
lifts it out of the folded details, so a reviewer sees it first.
"""

from __future__ import annotations

from pathlib import Path

from rapportlinja.checks import plaintext, readability
from rapportlinja.checks.language_rules import Limits, rules
from rapportlinja.review.changeset import ChangeSet

MARKER = "<!-- rapportlinja:lix -->"

WORDS = {
    "nb": {
        "heading": "Lesbarhet (LIX) i de endrede kapitlene",
        "columns": "| Kapittel | LIX før | LIX etter | Endring |",
        "easier": "lettere",
        "harder": "tyngre",
        "same": "uendret",
        "scale": "LIX under 35 er lett, 35–44 middels og 45 eller mer vanskelig; målet for rapporten er under {goal}.",
    },
    "nn": {
        "heading": "Lesbarheit (LIX) i dei endra kapitla",
        "columns": "| Kapittel | LIX før | LIX etter | Endring |",
        "easier": "lettare",
        "harder": "tyngre",
        "same": "uendra",
        "scale": "LIX under 35 er lett, 35–44 middels og 45 eller meir vanskeleg; målet for rapporten er under {goal}.",
    },
}


def table(changes: ChangeSet, language: str, limits: Limits, build: Path) -> str:
    """The section, or "" when no chapter's text changed."""
    chapters = [c for c in changes.chapters if (c.old.body if c.old else "") != (c.new.body if c.new else "")]
    if not chapters:
        return ""
    bodies = [text.body for c in chapters for text in (c.old, c.new) if text is not None and text.body]
    parsed = dict(zip(bodies, plaintext.start(bodies, build)(), strict=True))
    said = WORDS[language]
    rows = [MARKER, f"### {said['heading']}", "", said["columns"], "|---|---:|---:|---|"]
    for change in chapters:
        before = _lix(parsed, change.old.body if change.old else "", language)
        after = _lix(parsed, change.new.body if change.new else "", language)
        rows.append(f"| {change.title} | {_shown(before)} | {_shown(after)} | {_difference(before, after, said)} |")
    rows += ["", said["scale"].format(goal=limits.lix), ""]
    return "\n".join(rows)


def _lix(parsed: dict[str, list[plaintext.Block]], body: str, language: str) -> int | None:
    if not body:
        return None
    figures = readability.chapter_lix(plaintext.place(parsed[body], []), rules(language))
    return round(figures.lix) if figures.sentences else None


def _shown(value: int | None) -> str:
    return "–" if value is None else str(value)


def _difference(before: int | None, after: int | None, said: dict[str, str]) -> str:
    if before is None or after is None:
        return "–"
    if after == before:
        return said["same"]
    word = said["harder"] if after > before else said["easier"]
    return f"{after - before:+d} ({word})"
