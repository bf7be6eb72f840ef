"""A table row with more cells than its separator line: pandoc drops the extra cells silently.

pandoc takes the number of columns from the separator line (`|---|---|`); a cell beyond it
vanishes from the PDF without a trace, so the writer is told where.
"""

from __future__ import annotations

import re

from rapportlinja.base.findings import Finding, error
from rapportlinja.report.markdown import Scan

_SEPARATOR = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")


def cells(row: str) -> int:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return len(re.split(r"(?<!\\)\|", inner))


def check_table_columns(scan: Scan, rel: str) -> list[Finding]:
    findings = []
    lines = scan.lines
    for index in range(1, len(lines)):
        if "-" not in lines[index][1]:
            continue
        separator = lines[index][1].strip()
        header = lines[index - 1][1].strip()
        if not (separator.startswith("|") and header.startswith("|") and _SEPARATOR.match(separator)):
            continue
        columns = cells(separator)
        row_index = index - 1
        while row_index < len(lines) and lines[row_index][1].strip().startswith("|"):
            number, row = lines[row_index]
            count = cells(row) if row_index != index else columns
            if count > columns:
                findings.append(
                    error(
                        rel,
                        number,
                        1,
                        f"Raden har {count} celler, men skillelinjen under overskriftene bare {columns}; "
                        "de siste cellene forsvinner fra PDF-en.",
                        "Gi skillelinjen én «---» per kolonne, for eksempel «|---|---|---|» for tre kolonner.",
                        "table.extra-cells",
                    )
                )
            row_index += 1
    return findings
