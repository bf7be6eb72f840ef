"""Check the key figures: the indicators file, the values in the CSV, and the tables that quote them.

The ```nokkeltall blocks are checked with the other blocks (`blocks.registry`)."""

from __future__ import annotations

from rapportlinja.base.findings import Finding, warning
from rapportlinja.keyfigures import indicators, series, sources, tablecheck
from rapportlinja.keyfigures.model import Figures
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
            findings += check_cited_tables(chapter.loaded.body, chapter.loaded.body_first_line, loaded.figures, rel)
    return findings


def check_cited_tables(body: str, first_line: int, figures: Figures, rel: str) -> list[Finding]:
    """A chapter that cites an SSB table no indicator uses sends a reader to other numbers than the report's."""
    used = [t.table for t in sources.sources(figures).tables]
    findings = []
    for offset, table in sources.cited_tables(body):
        if table in used:
            continue
        line = body.count("\n", 0, offset)
        column = offset - (body.rfind("\n", 0, offset) + 1) + 1
        findings.append(
            warning(
                rel,
                first_line + line,
                column,
                f"Kapittelet viser til SSB-tabell {table}, men ingen indikator i {indicators.INDICATORS_FILE} "
                "henter tall fra den.",
                "Bruk ```kilder-blokken, som lager kildene fra indikatorfilen"
                + (f" (tabellene {', '.join(used)})" if used else "")
                + ", eller legg tabellen til som kilde for en indikator.",
                "nokkeltall.cited-table",
            )
        )
    return findings
