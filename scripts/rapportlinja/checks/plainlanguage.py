"""Klarspråk in the gate: readability notes, spelling warnings and the målform check for every chapter.

`start_language` begins reading the chapters' prose with pandoc in the background (cached, like the
raw-markup gate) and returns the function that waits and gives the findings. Readability gives notes
(advice, never a warning or an error); unknown words and a chapter in the other målform are warnings.
Per-chapter findings are only for the selected files, so pre-commit checks the spelling of what changed.
"""

from __future__ import annotations

from collections.abc import Callable

from rapportlinja.base import limits as size_limits
from rapportlinja.base.findings import Finding
from rapportlinja.checks import readability, spelling, variety
from rapportlinja.checks.language_rules import Limits, Rules, limits, rules
from rapportlinja.checks.plaintext import Block, Placed, place, start
from rapportlinja.read import wordlist
from rapportlinja.report.snapshot import ChapterFile, Snapshot


def edition_language(edition: object) -> str:
    language = edition.get("målform") if isinstance(edition, dict) else None
    return language if language in ("nb", "nn") else "nb"


def start_language(snapshot: Snapshot, selected: set[str] | None) -> Callable[[], list[Finding]]:
    chapters = [
        c
        for c in snapshot.chapters.values()
        if c.scan is not None
        and c.loaded.body
        and (selected is None or c.loaded.rel in selected)
        and size_limits.markdown_problem(c.loaded.body) is None
    ]
    collect = start([c.loaded.body for c in chapters], snapshot.layout.build)

    def findings() -> list[Finding]:
        if not chapters:
            collect()
            return []
        placed = [_place(chapter, blocks) for chapter, blocks in zip(chapters, collect(), strict=True)]
        language = edition_language(snapshot.edition.data)
        rules_, limits_ = rules(language), limits(snapshot.edition.data)
        found: list[Finding] = []
        for chapter, blocks in zip(chapters, placed, strict=True):
            found += _readability(chapter, blocks, rules_, limits_)
            found += variety.check(chapter.loaded.rel, blocks, rules_)
        if limits_.spelling:
            found += _spelling(snapshot, chapters, placed, rules_)
        return found

    return findings


def _place(chapter: ChapterFile, blocks: list[Block]) -> list[Placed]:
    assert chapter.scan is not None
    return place(blocks, chapter.scan.lines)


def _readability(chapter: ChapterFile, blocks: list[Placed], rules_: Rules, limits_: Limits) -> list[Finding]:
    first = next((b.line for b in blocks if b.kind != "h" and b.line), chapter.loaded.body_first_line)
    return readability.check(chapter.loaded.rel, blocks, rules_, limits_, first)


def _spelling(
    snapshot: Snapshot, chapters: list[ChapterFile], placed: list[list[Placed]], rules_: Rules
) -> list[Finding]:
    folder = spelling.dictionary_folder(rules_.language)
    if folder is None:
        return [spelling.absent(snapshot.edition.rel, rules_.language)]  # said once, for the whole run
    own, found = wordlist.read(snapshot.layout)
    accepted = rules_.domain_words | own
    speller = spelling.Speller(rules_.language, folder, snapshot.layout.build)
    for chapter, blocks in zip(chapters, placed, strict=True):
        found += spelling.check(chapter.loaded.rel, blocks, speller, accepted)
    speller.save()
    return found
