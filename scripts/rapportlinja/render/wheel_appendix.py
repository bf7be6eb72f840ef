"""The appendix «Årshjul» in the report: the drawing (with alt text) and the table that is its equivalent.

The public wheel (wheel.public): no «I dag» marker, no status column, no working notes. It does not
depend on the build date at all, so a report built on another day shows the same wheel.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from rapportlinja.base.labels import labels_for
from rapportlinja.base.layout import Layout
from rapportlinja.read import wheel_inputs
from rapportlinja.report.model import Edition
from rapportlinja.wheel import draw, elections, public

IMAGE = "arshjul.svg"  # beside the main Typst file in the build's work folder


class WheelAppendix(NamedTuple):
    image: str
    alt: str
    title: str
    intro: str
    caption: str
    rows: tuple[public.Row, ...]


def wheel_year(edition: Edition) -> int:
    """The year of the reporting cycle the report belongs to: that of its political treatment, else the next.

    The report on year Y is written, reviewed with the union representatives and treated by the
    council in Y+1 (draft in January, final KOSTRA figures 15 March, treatment in spring), so the
    wheel that shows how this report came to be is Y+1's, not the wheel of the year it reports on.
    """
    return min((t.date.year for t in edition.treatments), default=edition.year + 1)


def build(layout: Layout, edition: Edition, workdir: Path) -> WheelAppendix | None:
    """Write the SVG into `workdir` and return what the template prints; None without report/arshjul.yaml.

    No «today»: a day marked or a status shown would be stale in an archived PDF the day after it is built.
    """
    inputs = wheel_inputs.read_optional(layout)
    if inputs is None:
        return None
    language = edition.language
    labels = labels_for(language)
    wheel = inputs.wheel(wheel_year(edition), None)
    (workdir / IMAGE).write_text(draw.svg(wheel, language, None), encoding="utf-8")
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
        rows=tuple(public.rows(wheel, language)),
    )
