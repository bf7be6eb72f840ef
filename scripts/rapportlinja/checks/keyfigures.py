"""Check the key figures: the indicators file, the values in the CSV, and every ```nokkeltall block."""

from __future__ import annotations

from rapportlinja.base.findings import Finding, error
from rapportlinja.keyfigures import blocks, indicators, series
from rapportlinja.read import keyfigures
from rapportlinja.report.snapshot import Snapshot

DATA_FILES = {indicators.INDICATORS_FILE, series.VALUES_FILE}


def check_figures(snapshot: Snapshot, selected: set[str] | None = None) -> list[Finding]:
    loaded = keyfigures.read(snapshot.layout)
    findings = list(loaded.findings) if selected is None or selected & DATA_FILES else []
    for chapter in snapshot.chapters.values():
        rel = chapter.loaded.rel
        if (selected is not None and rel not in selected) or not chapter.loaded.body:
            continue
        for block in blocks.find(chapter.loaded.body, chapter.loaded.body_first_line):
            if not loaded.present:
                findings.append(
                    error(
                        rel,
                        block.line,
                        1,
                        f"Kapittelet ber om nøkkeltall, men {indicators.INDICATORS_FILE} finnes ikke.",
                        "Se README om nøkkeltall.",
                        "nokkeltall.no-data",
                    )
                )
                continue
            # With broken data files the block is still checked for its own form; the data errors stand above.
            findings += blocks.read(block, loaded.figures, rel)[1]
    return findings
