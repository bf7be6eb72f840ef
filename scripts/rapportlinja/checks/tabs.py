"""A table pasted from Word or Excel: cells separated by tabs, which pandoc joins into one paragraph.

In GitHub's web editor a pasted table arrives as lines of tab-separated cells. Pandoc reads a
tab as a space, so the PDF prints the whole table as one run-on paragraph, with no error
anywhere. Two or more lines in a row with the same number of tab-separated cells (two or
more) are such a table; the finding shows its first rows as the Markdown table to write.
"""

from __future__ import annotations

import re

from rapportlinja.base.findings import Finding, error
from rapportlinja.base.personal.masking import mask_user_text
from rapportlinja.report.markdown import Scan

CELL_SHOWN = 30  # characters of one cell in the suggestion: enough to recognise the table
# Lines that are something else with a tab in them: a list item (Word's «•<tab>» has its own
# finding), a heading, a pipe table, or indented code (a line that starts with a tab or spaces).
_NOT_A_ROW = re.compile(r"^(?:\s|[-*+]\s|[•·▪●◦‣#|>]|\d+[.)]\s)")


def _cells(line: str) -> list[str] | None:
    if "\t" not in line or _NOT_A_ROW.match(line):
        return None
    cells = [cell.strip() for cell in line.rstrip(" ").split("\t")]
    return cells if len(cells) >= 2 else None


def check_tab_tables(scan: Scan, rel: str) -> list[Finding]:
    findings = []
    run: list[tuple[int, list[str]]] = []
    for number, line in [*scan.lines, (0, "")]:  # an empty line at the end closes the last run
        cells = _cells(line)
        if cells is not None and run and len(cells) == len(run[0][1]) and number == run[-1][0] + 1:
            run.append((number, cells))
            continue
        if len(run) >= 2:
            findings.append(_finding(rel, run))
        run = [(number, cells)] if cells is not None else []
    return findings


def _finding(rel: str, rows: list[tuple[int, list[str]]]) -> Finding:
    header, first = (_row(cells) for _, cells in rows[:2])
    separator = "| " + " | ".join("---" for _ in rows[0][1]) + " |"
    more = " og så resten av radene på samme måte" if len(rows) > 2 else ""
    return error(
        rel,
        rows[0][0],
        1,
        f"Tabellen ({len(rows)} rader) har celler skilt med tabulator, slik Word limer inn, "
        "og blir skrevet ut som ett langt avsnitt i PDF-en.",
        f"Skriv den som en Markdown-tabell, med en tom linje over: «{header}», «{separator}», «{first}»{more}.",
        "table.tabs",
    )


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(mask_user_text(cell, CELL_SHOWN) for cell in cells) + " |"
