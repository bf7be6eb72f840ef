"""Check the key figures: the indicators file, the values in the CSV, and the tables that quote them.

The ```nokkeltall blocks are checked with the other blocks (`blocks.registry`)."""

from __future__ import annotations

from rapportlinja.base.findings import Finding
from rapportlinja.keyfigures import indicators, series, tablecheck
from rapportlinja.read.repository import Repository

DATA_FILES = {indicators.INDICATORS_FILE, series.VALUES_FILE}


def check_figures(repo: Repository, selected: set[str] | None = None) -> list[Finding]:
    loaded = repo.keyfigures
    findings = list(loaded.findings) if selected is None or selected & DATA_FILES else []
    if loaded.figures is None:
        return findings
    for chapter in repo.snapshot.chapters.values():
        rel = chapter.loaded.rel
        if (selected is None or rel in selected) and chapter.loaded.body:
            findings += tablecheck.check_tables(
                chapter.loaded.body, chapter.loaded.body_first_line, loaded.figures, rel
            )
    return findings
