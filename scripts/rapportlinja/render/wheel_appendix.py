"""The appendix «Årshjul» in the report: the drawing (with alt text) and the table that is its equivalent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base.labels import labels_for
from rapportlinja.base.layout import Layout
from rapportlinja.read import wheel_inputs
from rapportlinja.report.model import Edition
from rapportlinja.wheel import draw, elections, table

IMAGE = "arshjul.svg"  # beside the main Typst file in the build's work folder


class WheelAppendix(NamedTuple):
    image: str
    alt: str
    title: str
    intro: str
    caption: str
    rows: tuple[table.Row, ...]


def wheel_year(edition: Edition) -> int:
    """The year the report is written and treated: that of its political treatment, else the next."""
    return min((t.date.year for t in edition.treatments), default=edition.year + 1)


def build(layout: Layout, edition: Edition, workdir: Path, today: dt.date) -> WheelAppendix | None:
    """Write the SVG into `workdir` and return what the template prints; None without report/arshjul.yaml."""
    inputs = wheel_inputs.read_optional(layout)
    if inputs is None:
        return None
    language = edition.language
    labels = labels_for(language)
    wheel = inputs.wheel(wheel_year(edition), today)
    (workdir / IMAGE).write_text(draw.svg(wheel, language, today), encoding="utf-8")
    intro = labels.wheel_intro
    if wheel.year_one:
        intro += " " + labels.wheel_year_one.format(year=wheel.year, election=elections.last_election(wheel.year))
    elif elections.is_election_year(wheel.year):
        intro += " " + labels.wheel_election_year.format(year=wheel.year)
    return WheelAppendix(
        image=IMAGE,
        alt=draw.alt_text(wheel, language),
        title=labels.wheel_title.format(year=wheel.year),
        intro=intro,
        caption=labels.wheel_table_caption.format(year=wheel.year),
        rows=tuple(table.rows(wheel, language)),
    )
