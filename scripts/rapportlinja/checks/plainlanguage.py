"""Klarspråk in the gate: readability notes, spelling warnings and the målform check for every chapter.

`start_language` begins reading the chapters' prose with pandoc in the background (cached, like the
raw-markup gate) and returns the function that waits and gives the findings. Readability gives notes
(advice, never a warning or an error); unknown words and a chapter in the other målform are warnings.
Per-chapter findings are only for the selected files, so pre-commit checks the spelling of what changed.

A chapter's findings are kept in build/.sjekk-cache/ under a key made of its text and everything that
decides them (the rules, the thresholds, the word lists, the dictionary): a warm run of a report with a
thousand chapters reads them back instead of measuring every sentence again.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from rapportlinja.base import limits as size_limits
from rapportlinja.base.findings import Finding, Severity
from rapportlinja.checks import plaintext, readability, spelling, variety
from rapportlinja.checks.language_rules import Limits, Rules, limits, rules
from rapportlinja.checks.pandoc_ast import CACHE_DIR, store
from rapportlinja.checks.plaintext import Block, place
from rapportlinja.read import wordlist
from rapportlinja.report.snapshot import ChapterFile, Snapshot

CACHE_FILE = "klarsprak.json"
_SOURCES = (
    *("plainlanguage.py", "readability.py", "spelling.py", "variety.py"),
    *("plaintext.py", "plaintext.lua", "language_rules.py", "klarsprak.yaml"),
)


class Setting(NamedTuple):
    """Everything besides a chapter's text that decides its findings."""

    rules: Rules
    limits: Limits
    accepted: frozenset[str]  # domain words and the municipality's list
    dictionary: Path | None  # None: spelling off, or no dictionary
    findings: list[Finding]  # about the setting itself: no dictionary, an unreadable word list

    def fingerprint(self) -> str:
        dictionary = spelling.identity(self.dictionary, self.rules.language) if self.dictionary else "-"
        parts = [_version(), self.rules.language, repr(tuple(self.limits)), dictionary, *sorted(self.accepted)]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def edition_language(edition: object) -> str:
    language = edition.get("målform") if isinstance(edition, dict) else None
    return language if language in ("nb", "nn") else "nb"


def start_language(snapshot: Snapshot, selected: set[str] | None) -> Callable[[], list[Finding]]:
    chapters = [
        c
        for c in snapshot.chapters.values()
        if c.scan is not None
        and c.loaded.body
        # Only what the council and the public read: an internal chapter never prints, and its prose must not
        # be kept in the cache under build/ either.
        and isinstance(c.loaded.data, dict)
        and c.loaded.data.get("klassifisering") == "offentlig"
        and (selected is None or c.loaded.rel in selected)
        and size_limits.markdown_problem(c.loaded.body) is None
    ]
    setting = _setting(snapshot) if chapters else None
    cache_path = snapshot.layout.build / CACHE_DIR / CACHE_FILE
    cache = _read_cache(cache_path) if setting else {}
    fingerprint = setting.fingerprint() if setting else ""
    keys = [_key(fingerprint, c) for c in chapters]
    todo = [(key, c) for key, c in zip(keys, chapters, strict=True) if key not in cache]
    collect = plaintext.start([c.loaded.body for _, c in todo], snapshot.layout.build)

    def findings() -> list[Finding]:
        parsed = collect()
        if setting is None:
            return []
        fresh = dict(zip([k for k, _ in todo], _analyse(setting, [c for _, c in todo], parsed, snapshot), strict=True))
        if fresh:
            _write_cache(cache_path.parent, plaintext.bounded({**cache, **fresh}))
        chapter_findings = [f for key in keys for f in (fresh[key] if key in fresh else cache[key])]
        return setting.findings + chapter_findings

    return findings


def _setting(snapshot: Snapshot) -> Setting:
    language = edition_language(snapshot.edition.data)
    rules_, limits_ = rules(language), limits(snapshot.edition.data)
    if not limits_.spelling:
        return Setting(rules_, limits_, frozenset(), None, [])
    folder = spelling.dictionary_folder(language)
    if folder is None:  # said once, for the whole run
        return Setting(rules_, limits_, frozenset(), None, [spelling.absent(snapshot.edition.rel, language)])
    own, problems = wordlist.read(snapshot.layout)
    return Setting(rules_, limits_, rules_.domain_words | own, folder, problems)


def _analyse(
    setting: Setting, chapters: list[ChapterFile], parsed: list[list[Block]], snapshot: Snapshot
) -> list[list[Finding]]:
    speller = (
        spelling.Speller(setting.rules.language, setting.dictionary, snapshot.layout.build)
        if setting.dictionary and chapters
        else None
    )
    results = []
    for chapter, blocks in zip(chapters, parsed, strict=True):
        assert chapter.scan is not None
        placed = place(blocks, chapter.scan.lines)
        rel = chapter.loaded.rel
        found = readability.check(rel, placed, setting.rules, setting.limits, chapter.loaded.body_first_line)
        other_form = variety.check(rel, placed, setting.rules)
        found += other_form
        # A chapter in the other målform gets that one warning, not a spelling warning for every word.
        if speller is not None and not other_form:
            found += spelling.check(rel, placed, speller, setting.accepted)
        results.append(found)
    if speller is not None:
        speller.save()
    return results


def _key(fingerprint: str, chapter: ChapterFile) -> str:
    text = f"{fingerprint}\0{chapter.loaded.rel}\0{chapter.loaded.body_first_line}\0{chapter.loaded.body}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@functools.cache
def _version() -> str:
    """The code and data that make the findings, and the pandoc that reads the prose: a change is a new key."""
    folder = resources.files("rapportlinja").joinpath("checks")
    digest = hashlib.sha256(b"".join(folder.joinpath(name).read_bytes() for name in _SOURCES)).hexdigest()[:16]
    return f"{digest}-{plaintext.version()}"


def _read_cache(path: Path) -> dict[str, list[Finding]]:
    try:
        raw: Any = json.loads(path.read_text("utf-8"))
        return {key: [_finding(item) for item in items] for key, items in raw.items()}
    except (OSError, ValueError, TypeError, KeyError):
        return {}  # no cache, or one we cannot use: check everything again


def _finding(item: list[Any]) -> Finding:
    path, line, column, severity, message, hint, code = item
    return Finding(path, line, column, Severity(severity), message, hint, code)


def _write_cache(folder: Path, entries: dict[str, list[Finding]]) -> None:
    store(folder / CACHE_FILE, json.dumps(entries, ensure_ascii=False) + "\n")
