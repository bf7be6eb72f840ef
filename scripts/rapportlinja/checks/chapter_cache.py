"""Each chapter's own findings, kept in build/.sjekk-cache/ so that a warm run checks only what changed.

The checks cached here read nothing but the chapter's body (its text and first line), its path, whether it
is public, and this repository's GitHub names (for the repository-link rule); the key is a hash of all of
them and of the checks' own code and data (`SOURCES`), so a new version of a check is a new key for every
chapter. What reads other files (image files, the other chapters' headings for links, the frontmatter's
positions) stays in `run.check_chapters`, run every time.

A chapter is kept only if every finding of it is already what the reporters print (`mask_finding` leaves it
unchanged): the cache never holds a value that the output would mask. The store is written atomically, keeps
the newest `KEPT` entries, and one that cannot be read (corrupt, foreign, an older format) is ignored and
rebuilt.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from rapportlinja.base import atomic
from rapportlinja.base.findings import Finding, Severity
from rapportlinja.base.personal.masking import mask_finding
from rapportlinja.checks.body import check_headings, check_legal_reference
from rapportlinja.checks.glyphs import check_glyphs
from rapportlinja.checks.invisible import check_invisible
from rapportlinja.checks.links import check_link_spaces
from rapportlinja.checks.numbers import check_table_numbers
from rapportlinja.checks.table_columns import check_table_columns
from rapportlinja.checks.tabs import check_tab_tables
from rapportlinja.checks.websafe import check_repository_links, check_web_safety
from rapportlinja.report.snapshot import ChapterFile

# The folder of the other checks' caches (pandoc_ast.CACHE_DIR, held equal by a test), named here so that
# this module's code hash does not take in the pandoc reader's.
CACHE_DIR = ".sjekk-cache"
CACHE_FILE = "kapitler.json"
KEPT = 5000  # entries: a thousand chapters, old and new, and what pre-commit saw of them
FORMAT = "1"  # the layout of an entry; a new one makes every old key unreachable
# The package files whose code or data decide the cached findings: this module and every module of the
# package it imports, directly or not (tests/checks/chapter_cache_test.py holds the list to the imports).
SOURCES: tuple[str, ...] = (
    "checks/chapter_cache.py",
    *("checks/body.py", "checks/legalrefs.py", "checks/lovhenvisninger.yaml", "checks/glyphs.py"),
    *("checks/glyphs.txt", "checks/invisible.py", "checks/links.py", "checks/numbers.py"),
    *("checks/table_columns.py", "checks/tabs.py", "checks/websafe.py"),
    *("report/markdown.py", "report/snapshot.py"),
    *("base/atomic.py", "base/findings.py", "base/labels.py", "base/layout.py", "base/loaded.py"),
    *("base/suggest.py", "base/websafe.py", "base/yamldoc.py", "base/limits.py", "base/errors.py"),
    *("base/confine.py", "base/oserror.py", "report/model.py"),
    *("base/personal/masking.py", "base/personal/normalise.py", "base/personal/scanner.py"),
    *("base/personal/emailaddress.py", "base/personal/idnumber.py", "base/personal/phonecontext.py"),
)

Compute = Callable[[ChapterFile], list[Finding]]


def own_findings(chapter: ChapterFile, own: frozenset[str], organisations: frozenset[str]) -> list[Finding]:
    """The checks that read only the chapter's body, path and classification (and the GitHub names)."""
    scan, rel = chapter.scan, chapter.loaded.rel
    if scan is None:
        return []
    findings = check_headings(scan, rel)
    findings += check_link_spaces(scan, rel)
    findings += check_table_numbers(scan, rel)
    findings += check_invisible(scan, rel)
    findings += check_table_columns(scan, rel)
    findings += check_tab_tables(scan, rel)
    findings += check_legal_reference(chapter.loaded.body, rel, chapter.loaded.body_first_line)
    findings += check_web_safety(scan, rel)
    if _public(chapter):
        findings += check_repository_links(scan, rel, own, organisations)
    findings += check_glyphs(chapter.loaded.body, rel, chapter.loaded.body_first_line)
    return findings


def cached_findings(
    build: Path, chapters: list[ChapterFile], own: frozenset[str], organisations: frozenset[str]
) -> list[list[Finding]]:
    """`own_findings` of each chapter, in order: read back when its key is stored, checked (and stored) if not."""
    path = build / CACHE_DIR / CACHE_FILE
    stored = _read_cache(path)
    setting = "\0".join([FORMAT, code_version(), *sorted(own), "\1", *sorted(organisations)])
    used: dict[str, list[Finding]] = {}
    fresh: dict[str, list[Finding]] = {}
    results = []
    for chapter in chapters:
        key = _key(setting, chapter)
        found = stored.get(key)
        if found is None:
            found = own_findings(chapter, own, organisations)
            # Kept only as the reporters would print it, so nothing here is more than the output shows.
            if all(mask_finding(f) == f for f in found):
                fresh[key] = found
        else:
            used[key] = found
        results.append(found)
    if fresh:
        # What this run used or made is newest, so the bound drops what no chapter has any more first.
        rest = {key: value for key, value in stored.items() if key not in used}
        _write_cache(path.parent, _bounded({**rest, **used, **fresh}))
    return results


@functools.cache
def code_version() -> str:
    """A hash of the cached checks' code and data, read once per process: a change is a new key for all."""
    package = resources.files("rapportlinja")
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update(name.encode() + b"\0" + package.joinpath(name).read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _public(chapter: ChapterFile) -> bool:
    data = chapter.loaded.data
    return isinstance(data, dict) and data.get("klassifisering") == "offentlig"


def _key(setting: str, chapter: ChapterFile) -> str:
    loaded = chapter.loaded
    text = f"{setting}\0{loaded.rel}\0{loaded.body_first_line}\0{_public(chapter)}\0{loaded.body}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _bounded(entries: dict[str, list[Finding]]) -> dict[str, list[Finding]]:
    return dict(list(entries.items())[-KEPT:])


def _read_cache(path: Path) -> dict[str, list[Finding]]:
    try:
        raw: Any = json.loads(path.read_text("utf-8"))
        if not isinstance(raw, dict):
            raise TypeError(path)
        return {str(key): [_finding(item) for item in items] for key, items in raw.items()}
    except (OSError, ValueError, TypeError):
        return {}  # no cache, or one we cannot use: check everything again


def _finding(item: Any) -> Finding:
    """One stored finding, of exactly the shape `_write_cache` gives it; anything else makes the store unusable."""
    path, line, column, severity, message, hint, code = item
    texts = (path, message, code) + ((hint,) if hint is not None else ())
    if not all(isinstance(t, str) for t in texts) or not all(type(n) is int for n in (line, column)):
        raise TypeError(item)
    return Finding(path, line, column, Severity(severity), message, hint, code)


def _write_cache(folder: Path, entries: dict[str, list[Finding]]) -> None:
    # The same writing as pandoc_ast.store, kept here: importing it would put the pandoc reader's code into
    # this cache's key (SOURCES), and every change there would re-check every chapter for nothing.
    with contextlib.suppress(OSError):  # a read-only checkout just gets no cache
        ignore = folder / ".gitignore"
        if not ignore.is_file():
            atomic.write_text(ignore, "# Laget av «rapport sjekk»: et mellomlager som Git skal se bort fra.\n*\n")
        atomic.write_text(folder / CACHE_FILE, json.dumps(entries, ensure_ascii=False) + "\n")
