"""The ```nokkeltall block: checked against the key figures, rendered as a captioned table and charts.

In the PDF the block shows what its «vis» asks for; on the web the table is always there, also
beside a chart (a chart never stands without its numbers), with the numbers as CSV for the
spreadsheet a politician has: semicolons, decimal commas and a byte-order mark, so Excel with
Norwegian settings opens it with æøå and numbers intact. Charts are drawn once: the file name
is the hash of the chart's data and settings, so a second build finds them in build/figurer/.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

from rapportlinja.base import atomic, confine, escape
from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.layout import CHAPTERS_DIR
from rapportlinja.blocks import chart
from rapportlinja.blocks.kind import Context, DataFile, Kind, Rendered
from rapportlinja.keyfigures import alttext, blocks
from rapportlinja.keyfigures.blocks import Options
from rapportlinja.keyfigures.indicators import INDICATORS_FILE, Indicator
from rapportlinja.keyfigures.model import Figures
from rapportlinja.keyfigures.numformat import with_unit
from rapportlinja.read.repository import Repository
from rapportlinja.report.fenced import Block

CHART_DIR = "build/figurer"
DATA_DIR = "data"  # the web edition's folder for the tables' CSV files


def check(block: Block, rel: str, repo: Repository) -> list[Finding]:
    loaded = repo.keyfigures
    if not loaded.present:
        return [
            error(
                rel,
                block.line,
                1,
                f"Kapittelet ber om nøkkeltall, men {INDICATORS_FILE} finnes ikke.",
                "Se README om nøkkeltall.",
                "nokkeltall.no-data",
            )
        ]
    # With broken data files the block is still checked for its own form; the data errors are reported too.
    return blocks.read(block, loaded.figures, rel)[1]


def render(block: Block, context: Context) -> Rendered:
    options, findings = blocks.read(block, context.figures, context.rel)
    if options is None or findings or context.figures is None:
        where = findings[0].location + ": " + findings[0].message if findings else f"{context.rel}:{block.line}"
        raise UserError(f"Nøkkeltall-blokken kan ikke vises: {where}", "Kjør «rapport sjekk» for å se alle feilene.")
    figures = context.figures
    charts = (
        [image(options, figures, figures.catalogue.indicators[i], context) for i in options.indicators]
        if options.chart
        else []
    )
    if not context.web:
        parts = ([table(options, figures)] if options.table else []) + charts
        return Rendered("\n\n".join(parts) + "\n")
    name = f"{Path(context.rel).stem}-{context.number}.csv"
    link = f"[{escape.markdown(context.csv_label)} ({name})]({DATA_DIR}/{name})"
    parts = [table(options, figures), link, *charts]
    # One <div class="nokkeltall"> holds the table, its CSV and its charts: a chart never stands without its table.
    text = "\n::: nokkeltall\n\n" + "\n\n".join(parts) + "\n\n:::\n"
    return Rendered(text, (DataFile(name, table_csv(options, figures)),))


KIND = Kind(blocks.NAME, check, render)


def table(options: Options, figures: Figures) -> str:
    catalogue = figures.catalogue
    inds = [catalogue.indicators[i] for i in options.indicators]
    regions = [catalogue.regions[r] for r in options.roles]
    columns = [(ind, reg) for ind in inds for reg in regions]
    heads = [reg.name if len(inds) == 1 else f"{ind.name}, {reg.name}" for ind, reg in columns]
    rows = ["| År | " + " | ".join(escape.markdown(h) for h in heads) + " |", "|" + "---|" * (len(heads) + 1)]
    for period in options.years:
        cells = []
        for ind, reg in columns:
            value = figures.series(ind.id, reg.code, "år").get(period)
            cells.append("–" if value is None else with_unit(value, ind.decimals, ind.unit))
        rows.append(f"| {period} | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n\n: " + escape.markdown(caption(options, inds))


def caption(options: Options, inds: list[Indicator]) -> str:
    years = f"{options.first}–{options.last}" if options.first != options.last else str(options.first)
    return options.title or (" og ".join(i.name for i in inds) + f", {years}")


def image(options: Options, figures: Figures, ind: Indicator, context: Context) -> str:
    regions = [figures.catalogue.regions[r] for r in options.roles]
    points = [
        [(p, v) for p, v in figures.series(ind.id, reg.code, "år").items() if p in options.years] for reg in regions
    ]
    spec = chart.Spec(
        tuple(
            chart.Curve(reg.name, tuple(p.year for p, _ in pts), tuple(v for _, v in pts))
            for reg, pts in zip(regions, points, strict=True)
        ),
        "prosent" if ind.unit == "prosent" else ind.unit,
        ind.decimals,
        ind.unit == "prosent",
    )
    name = cached(spec, context.root, context.redraw)
    others = list(zip(regions[1:], points[1:], strict=True))
    alt = alttext.describe(ind, regions[0], points[0], others, context.language)
    years = f"{options.first}–{options.last}"
    title = f"{ind.name}, " + ", ".join(r.name for r in regions) + f", {years}"
    target = "../" * len(CHAPTERS_DIR.split("/")) + f"{CHART_DIR}/{name}"
    return f'![{escape.markdown(title)}]({target}){{alt="{_attr(alt)}"}}'


def cached(spec: chart.Spec, root: Path, redraw: bool = False) -> str:
    """The chart's file name under build/figurer, drawing it only if it is not there yet (or `redraw`)."""
    from importlib.metadata import version  # here: 30 ms to import, and only a chart to draw needs it

    key = json.dumps([chart.VERSION, version("matplotlib"), spec, chart.settings()], ensure_ascii=False, sort_keys=True)
    name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20] + ".svg"
    path = confine.resolve(root, f"{CHART_DIR}/{name}")
    if redraw or not path.exists():
        atomic.write_bytes(path, chart.render(spec))
    ignore = path.parent / ".gitignore"
    if not ignore.exists():
        # A cache is never content: Git must not see it even where build/ is not ignored,
        # or the next build would call the tree dirty and print another PDF.
        atomic.write_text(ignore, "# Hurtiglager for figurer fra «rapport bygg».\n*\n")
    return name


def table_csv(options: Options, figures: Figures) -> str:
    """The table's numbers, unrounded as stored, with the same columns as the table."""
    catalogue = figures.catalogue
    columns = [(catalogue.indicators[i], catalogue.regions[r]) for i in options.indicators for r in options.roles]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    units = {"prosent": " (prosent)", "kroner": " (kroner)"}  # other units are in the indicator's name
    header = ["År", *(f"{ind.name}, {reg.name}{units.get(ind.unit, '')}" for ind, reg in columns)]
    writer.writerow([escape.csv_cell(cell) for cell in header])
    for period in options.years:
        row = [str(period)]
        for ind, reg in columns:
            value = figures.series(ind.id, reg.code, "år").get(period)
            row.append("" if value is None else repr(float(value)).replace(".", ",").removesuffix(",0"))
        writer.writerow([escape.csv_cell(cell) for cell in row])
    return "\ufeff" + out.getvalue()


def _attr(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
