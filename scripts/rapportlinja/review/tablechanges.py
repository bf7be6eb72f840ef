"""Changed table cells as sentences: Markdown pipe tables in chapters, and CSV key-figure data.

A word redline of a table row («| 2023 | [-7-][+8+] |») says what changed but not where;
the sentence names the row and the column, which is what a reviewer checks against a source.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import NamedTuple

from rapportlinja.review.words import words

_SEPARATOR = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")


class Table(NamedTuple):
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def split_row(line: str) -> list[str]:
    """The cells of one pipe-table line; an escaped «\\|» stays inside its cell."""
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return [cell.strip() for cell in _CELL_BORDER.split(text)]


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR.match(line.strip())) and "-" in line


def pipe_tables(body: str) -> list[Table]:
    """Every pipe table (a header, a separator line and rows) in a Markdown body."""
    found: list[Table] = []
    lines = body.split("\n")
    index = 0
    while index < len(lines) - 1:
        if lines[index].lstrip().startswith("|") and is_separator(lines[index + 1]):
            header = tuple(split_row(lines[index]))
            end = index + 2
            while end < len(lines) and lines[end].lstrip().startswith("|"):
                end += 1
            found.append(Table(header, tuple(tuple(split_row(line)) for line in lines[index + 2 : end])))
            index = end
        else:
            index += 1
    return found


def table_sentences(old_body: str, new_body: str, language: str) -> list[str]:
    """Cell, row and column changes between the n-th table before and after."""
    said = words(language)
    old_tables, new_tables = pipe_tables(old_body), pipe_tables(new_body)
    result: list[str] = []
    for number in range(1, max(len(old_tables), len(new_tables)) + 1):
        if number > len(old_tables):
            result.append(said["table_added"].format(table=number))
        elif number > len(new_tables):
            result.append(said["table_removed"].format(table=number))
        else:
            result.extend(_compare(old_tables[number - 1], new_tables[number - 1], number, language))
    return result


def _compare(old: Table, new: Table, number: int, language: str) -> list[str]:
    said = words(language)
    if old.header != new.header:
        return [said["table_columns"].format(table=number, old=" | ".join(old.header), new=" | ".join(new.header))]
    return [
        sentence.format(table=number)
        for sentence in _row_changes(old.header, old.rows, new.rows, 1, language, "table_cell", "table_row")
    ]


def csv_sentences(old_text: str, new_text: str, language: str) -> list[str]:
    """Changes in a CSV data file; rows are known by the columns before «verdi» (or the first column)."""
    old_rows, new_rows = _read_csv(old_text), _read_csv(new_text)
    header = new_rows[0] if new_rows else old_rows[0] if old_rows else ()
    if old_rows and new_rows and old_rows[0] != new_rows[0]:
        said = words(language)
        return [said["table_columns"].format(table=1, old=", ".join(old_rows[0]), new=", ".join(new_rows[0]))]
    key_width = header.index("verdi") if "verdi" in header and header.index("verdi") > 0 else 1
    return _row_changes(header, old_rows[1:], new_rows[1:], key_width, language, "data_cell", "data_row")


def _read_csv(text: str) -> list[tuple[str, ...]]:
    return [tuple(row) for row in csv.reader(io.StringIO(text)) if row]


def _row_changes(
    header: Sequence[str],
    old_rows: Sequence[tuple[str, ...]],
    new_rows: Sequence[tuple[str, ...]],
    key_width: int,
    language: str,
    cell_word: str,
    row_word: str,
) -> list[str]:
    said = words(language)

    def key(row: tuple[str, ...]) -> str:
        return ", ".join(row[:key_width])

    def cells(row: tuple[str, ...]) -> str:
        return "; ".join(f"{name}: {value}" for name, value in zip(header, row, strict=False) if value)

    old_by_key = {key(row): row for row in old_rows}
    new_by_key = {key(row): row for row in new_rows}
    result: list[str] = []
    for row in new_rows:
        name = key(row)
        before = old_by_key.get(name)
        if before is None:
            result.append(said[f"{row_word}_added"].format(row=name, key=name, cells=cells(row), table="{table}"))
            continue
        for column, (left, right) in enumerate(zip(_pad(before, len(header)), _pad(row, len(header)), strict=True)):
            if left != right:
                result.append(
                    said[cell_word].format(
                        row=name, key=name, column=header[column], old=left or "–", new=right or "–", table="{table}"
                    )
                )
    for row in old_rows:
        if key(row) not in new_by_key:
            name = key(row)
            result.append(said[f"{row_word}_removed"].format(row=name, key=name, cells=cells(row), table="{table}"))
    return result


def _pad(row: tuple[str, ...], width: int) -> tuple[str, ...]:
    return (row + ("",) * width)[:width] if width else row
