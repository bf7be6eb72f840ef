"""Read a Microsoft Forms export (.xlsx, or .csv saved from it) into headings and rows, in memory only.

The file is read where it lies and never copied: the raw answers must not reach the repository.
"""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from pathlib import Path
from typing import Any

from rapportlinja.base.errors import UserError
from rapportlinja.survey.export import Export

MAX_BYTES = 20 * 1024 * 1024
# Bounds for a hostile export (zip bomb, XML entity expansion is handled by defusedxml,
# which openpyxl uses when it is installed): far above any partner survey.
MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 1_000
MAX_ROWS = 20_000
MAX_COLUMNS = 200


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

    _refuse_zip_bomb(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl and defusedxml raise many kinds for a broken or hostile file
        raise _unreadable(path, exc) from None
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
        return _bounded([tuple(row) for row in itertools.islice(rows, MAX_ROWS + 2)])
    except Exception as exc:  # hostile XML inside the sheet surfaces only while reading rows
        raise _unreadable(path, exc) from None
    finally:
        workbook.close()


def _unreadable(path: Path, exc: Exception) -> UserError:
    cause = exc.__cause__ or exc.__context__ or exc
    if type(cause).__module__.startswith("defusedxml"):
        return UserError(
            f"{path.name} inneholder XML med en DTD eller entiteter ({type(cause).__name__}), og leses ikke.",
            "En eksport fra Forms har aldri det. Last ned eksporten på nytt fra Forms.",
        )
    return UserError(f"{path.name} kan ikke leses som et Excel-ark ({type(cause).__name__}).")


def _refuse_zip_bomb(path: Path) -> None:
    """Check the archive's declared sizes before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(f"{path.name} kan ikke leses som et Excel-ark ({exc}).") from None
    unpacked = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if len(infos) > MAX_ENTRIES or unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
        raise UserError(
            f"{path.name} pakker ut til {unpacked // 1024 // 1024} MB; en eksport fra Forms er langt mindre.",
            "Åpne eksporten i Excel og lagre den på nytt, eller bruk .csv.",
        )


def _bounded(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    if len(rows) > MAX_ROWS + 1:
        raise UserError(
            f"Eksporten har mer enn {MAX_ROWS} svar; det er ikke en spørreundersøkelse til samarbeidspartnere."
        )
    return rows


def _csv(data: bytes) -> list[tuple[Any, ...]]:
    """UTF-8 (with or without BOM) or Windows-1252; comma, semicolon (Norwegian Excel) or tab."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    try:
        rows = [
            tuple(row)
            for row in itertools.islice(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), MAX_ROWS + 2)
        ]
    except csv.Error as exc:
        raise UserError(f"CSV-filen kan ikke leses ({exc}).", "Lagre eksporten på nytt fra Excel.") from None
    return _bounded(rows)
