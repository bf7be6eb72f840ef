"""Read a Microsoft Forms export (.xlsx, or .csv saved from it) into headings and rows, in memory only.

The file is read where it lies and never copied: the raw answers must not reach the repository.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any, NamedTuple

from rapportlinja.base.errors import UserError

MAX_BYTES = 20 * 1024 * 1024


class Export(NamedTuple):
    headings: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]  # data rows; row i is line i + 2 in Excel (line 1 holds the headings)


def read(path: Path) -> Export:
    if not path.is_file():
        raise UserError(f"Fant ikke filen {path}.", "Gi stien til eksporten fra Microsoft Forms (.xlsx eller .csv).")
    if path.stat().st_size > MAX_BYTES:
        raise UserError(f"{path.name} er over {MAX_BYTES // 1024 // 1024} MB; det er ikke en eksport fra Forms.")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        table = _xlsx(path)
    elif suffix == ".csv":
        table = _csv(path.read_bytes())
    else:
        raise UserError(
            f"{path.name}: kan bare lese .xlsx og .csv.", "Velg «Åpne i Excel» under «Svar» i Forms og lagre filen."
        )
    if not table or not any(str(cell or "").strip() for cell in table[0]):
        raise UserError(f"{path.name} er tom eller mangler overskriftslinjen.")
    headings = tuple(str(cell or "").strip() for cell in table[0])
    rows = tuple(
        tuple(row) + (None,) * (len(headings) - len(row))
        for row in table[1:]
        if any(str(cell or "").strip() for cell in row)
    )
    return Export(headings, rows)


def _xlsx(path: Path) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook  # imported here: only this command needs it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise UserError(f"{path.name} kan ikke leses som et Excel-ark ({exc}).") from None
    try:
        return [tuple(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _csv(data: bytes) -> list[tuple[Any, ...]]:
    """UTF-8 (with or without BOM) or Windows-1252; comma, semicolon (Norwegian Excel) or tab."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    return [tuple(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
