"""Check every ```samarbeid block in the chapters, as the build will read it.

The build replaces the block by the survey's table for its year (or the report's year);
a block whose YAML is broken, or whose year has no data, is found here, not at build time.
"""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.read import textfile
from rapportlinja.report import fenced
from rapportlinja.report.snapshot import Snapshot
from rapportlinja.survey.output import data_file

KEYS = ("år",)
EXAMPLE = "```samarbeid\når: 2025\n```"


def check_survey_blocks(snapshot: Snapshot, selected: set[str] | None) -> list[Finding]:
    edition = snapshot.edition.data if snapshot.edition.ok else None
    report_year = edition.get("år") if isinstance(edition, dict) else None
    findings: list[Finding] = []
    for chapter in snapshot.chapters.values():
        rel = chapter.loaded.rel
        if (selected is not None and rel not in selected) or "samarbeid" not in chapter.loaded.body:
            continue
        for block in fenced.find(chapter.loaded.body, chapter.loaded.body_first_line, "samarbeid"):
            findings += _block(snapshot.layout.root, block, rel, report_year)
    return findings


def _block(root: Path, block: fenced.Block, rel: str, report_year: object) -> list[Finding]:
    if not block.text.strip():
        return _data(root, report_year, rel, block.line) if isinstance(report_year, int) else []
    parsed = yamldoc.load(block.text, rel, block.line + 1)
    if parsed.findings:
        # The parser may point past the last line (where it expected a «]»); stay inside the block.
        last = block.line + len(block.text.split("\n"))
        return [f._replace(line=min(f.line, last)) for f in parsed.findings]
    if not isinstance(parsed.data, dict):
        return [error(rel, block.line, 1, "Samarbeid-blokken er ikke nøkkel: verdi.", EXAMPLE, "samarbeid.block")]
    findings = []
    for key in parsed.data:
        if key not in KEYS:
            line, column = yamldoc.key_position(parsed.nodes, (key,), block.line + 1)
            # «aar» is how «år» is spelt without the letter å.
            hint = did_you_mean(str(key).replace("aa", "å"), KEYS) or f"Blokken kan bare ha «år»: {EXAMPLE}"
            findings.append(
                error(rel, line, column, f"Ukjent nøkkel «{key}» i samarbeid-blokken.", hint, "samarbeid.key")
            )
    year = parsed.data.get("år", report_year)
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        line, column = yamldoc.position(parsed.nodes, ("år",), block.line + 1)
        return [
            *findings,
            error(rel, line, column, "«år» i samarbeid-blokken må være et årstall.", EXAMPLE, "samarbeid.year"),
        ]
    return findings + _data(root, year, rel, block.line)


def _data(root: Path, year: int, rel: str, line: int) -> list[Finding]:
    """The data file the build will read must be there and be YAML."""
    data_rel = data_file(year)
    path = root / data_rel
    if not path.is_file():
        return [
            error(
                rel,
                line,
                1,
                f"Kapitlet viser undersøkelsen for {year}, men {data_rel} finnes ikke.",
                "Kjør «rapport undersokelse importer FIL» med eksporten fra Microsoft Forms, eller rett årstallet.",
                "samarbeid.no-data",
            )
        ]
    text, problems = textfile.read_text(path, data_rel)
    if text is None or not isinstance(yamldoc.load(text, data_rel).data, dict):
        return problems or [
            error(
                data_rel,
                0,
                0,
                "Filen kan ikke leses som data fra undersøkelsen.",
                "Lag filen på nytt med «rapport undersokelse importer --erstatt».",
                "samarbeid.data",
            )
        ]
    return []
