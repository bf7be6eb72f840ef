"""```nokkeltall blocks for the web edition: the table (always, also beside a chart), its data as CSV, the charts.

The CSV is written for the spreadsheet a politician has: semicolons, decimal commas and a
byte-order mark, so Excel with Norwegian settings opens it with æøå and numbers intact.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base import escape
from rapportlinja.base.errors import UserError
from rapportlinja.keyfigures import blocks
from rapportlinja.keyfigures.blocks import Options
from rapportlinja.keyfigures.model import Figures
from rapportlinja.render import keyfigure_blocks as expand
from rapportlinja.report import fenced
from rapportlinja.report.fenced import Block

DATA_DIR = "data"


class DataFile(NamedTuple):
    name: str  # under the site's data/ folder
    text: str


class Expanded(NamedTuple):
    body: str
    data: tuple[DataFile, ...]


def expand_blocks(
    body: str, chapter: Path, first_line: int, figures: Figures | None, root: Path, language: str, csv_label: str
) -> Expanded:
    """`body` with every key-figure block as a Markdown table, a CSV link and its charts."""
    written: list[DataFile] = []

    def replacement(block: Block) -> str:
        rel = chapter.as_posix()
        options, findings = blocks.read(block, figures, rel)
        if options is None or findings or figures is None:
            raise UserError(f"Nøkkeltall-blokken kan ikke vises: {rel}:{block.line}", "Kjør «rapport sjekk».")
        name = f"{chapter.stem}-{len(written) + 1}.csv"
        written.append(DataFile(name, table_csv(options, figures)))
        link = f"[{escape.markdown(csv_label)} ({name})]({DATA_DIR}/{name})"
        parts = [expand.table(options, figures), link]
        if options.chart:
            parts += [
                expand.image(options, figures, figures.catalogue.indicators[i], root, language)
                for i in options.indicators
            ]
        # One <div class="nokkeltall"> holds the table, its CSV and its charts: a chart never stands without its table.
        return "\n::: nokkeltall\n\n" + "\n\n".join(parts) + "\n\n:::\n"

    return Expanded(fenced.replace(body, blocks.find(body, first_line), replacement), tuple(written))


def table_csv(options: Options, figures: Figures) -> str:
    """The table's numbers, unrounded as stored, with the same columns as the table."""
    catalogue = figures.catalogue
    columns = [(catalogue.indicators[i], catalogue.regions[r]) for i in options.indicators for r in options.roles]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    units = {"prosent": " (prosent)", "kroner": " (kroner)"}  # other units are in the indicator's name
    writer.writerow(["År", *(f"{ind.name}, {reg.name}{units.get(ind.unit, '')}" for ind, reg in columns)])
    for period in options.years:
        row = [str(period)]
        for ind, reg in columns:
            value = figures.series(ind.id, reg.code, "år").get(period)
            row.append("" if value is None else repr(float(value)).replace(".", ",").removesuffix(",0"))
        writer.writerow(row)
    return "\ufeff" + out.getvalue()
