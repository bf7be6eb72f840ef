"""Turn ```nokkeltall blocks into Markdown before pandoc: a captioned table and/or charts.

Charts are drawn once: the file name is the hash of the chart's data and settings, so
a second build finds them in build/figurer/ and draws nothing.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base import atomic, confine, escape
from rapportlinja.base.errors import UserError
from rapportlinja.base.layout import CHAPTERS_DIR
from rapportlinja.keyfigures import alttext, blocks
from rapportlinja.keyfigures.blocks import Options
from rapportlinja.keyfigures.indicators import Indicator
from rapportlinja.keyfigures.model import Figures
from rapportlinja.keyfigures.numformat import with_unit
from rapportlinja.render import chart
from rapportlinja.report import fenced
from rapportlinja.report.fenced import Block

CHART_DIR = "build/figurer"


class Context(NamedTuple):
    figures: Figures | None
    root: Path  # the repository; charts go to root/build/figurer
    language: str  # the report's målform ("nb" or "nn"): the labels of the alt text
    rel: str = ""  # the chapter, for messages
    redraw: bool = False  # a release draws every chart afresh: it never trusts a cached file


def expand(body: str, context: Context, first_line: int = 1) -> str:
    """`body` with every ```nokkeltall block replaced by its table and charts."""

    def replacement(block: Block) -> str:
        options, findings = blocks.read(block, context.figures, context.rel)
        if options is None or findings or context.figures is None:
            where = findings[0].location + ": " + findings[0].message if findings else f"{context.rel}:{block.line}"
            raise UserError(
                f"Nøkkeltall-blokken kan ikke vises: {where}", "Kjør «rapport sjekk» for å se alle feilene."
            )
        return markdown(options, context.figures, context.root, context.language, context.redraw)

    return fenced.replace(body, blocks.find(body, first_line), replacement)


def markdown(options: Options, figures: Figures, root: Path, language: str, redraw: bool = False) -> str:
    parts = []
    if options.table:
        parts.append(table(options, figures))
    if options.chart:
        parts += [
            image(options, figures, figures.catalogue.indicators[i], root, language, redraw) for i in options.indicators
        ]
    return "\n\n".join(parts) + "\n"


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


def image(options: Options, figures: Figures, ind: Indicator, root: Path, language: str, redraw: bool = False) -> str:
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
    name = cached(spec, root, redraw)
    alt = alttext.describe(ind, regions[0], points[0], list(zip(regions[1:], points[1:], strict=True)), language)
    years = f"{options.first}–{options.last}"
    title = f"{ind.name}, " + ", ".join(r.name for r in regions) + f", {years}"
    target = "../" * len(CHAPTERS_DIR.split("/")) + f"{CHART_DIR}/{name}"
    return f'![{escape.markdown(title)}]({target}){{alt="{_attr(alt)}"}}'


def cached(spec: chart.Spec, root: Path, redraw: bool = False) -> str:
    """The chart's file name under build/figurer, drawing it only if it is not there yet (or `redraw`)."""
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


def _attr(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
