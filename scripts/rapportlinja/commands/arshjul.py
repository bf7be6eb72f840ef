"""`rapport arshjul [--år Å] [--dato D]`: the annual wheel as SVG, PNG and a table (Markdown) in build/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapportlinja.base import atomic, clock
from rapportlinja.base import layout as layout_module
from rapportlinja.read import wheel_inputs
from rapportlinja.render import wheel_raster
from rapportlinja.wheel import draw, table


def run(year: int | None = None, today: dt.date | None = None, root: Path | None = None) -> int:
    """`today` marks the wheel (default: the clock); the same date gives the same files."""
    layout = layout_module.find(root)
    today = today or clock.today()
    inputs = wheel_inputs.read(layout)
    wheel = inputs.wheel(year or today.year, today)
    svg_text = draw.svg(wheel, inputs.language, today)
    base = layout.build / f"arshjul-{wheel.year}"
    written = [base.with_suffix(".svg"), base.with_suffix(".png"), base.with_suffix(".md")]
    atomic.write_text(written[0], svg_text)
    atomic.write_bytes(written[1], wheel_raster.png(svg_text, layout.build))
    atomic.write_text(written[2], table.markdown(wheel, inputs.language))
    for path in written:
        print(layout.rel(path))
    return 0
