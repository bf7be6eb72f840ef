"""The chart: the municipality against the comparison regions, as a deterministic SVG.

matplotlib is imported only here and only when a chart is drawn, so `rapport sjekk`
stays fast. Text becomes paths (no fonts needed by Typst), and the SVG's ids and date
are fixed, so the same data gives the same bytes and the report stays reproducible.
"""

from __future__ import annotations

import io
from typing import Any, NamedTuple, cast

from rapportlinja.keyfigures.numformat import number

VERSION = 1  # bump when the drawing changes, so cached charts are redrawn
# Grey-scale readable: the municipality solid and black; the others grey with their own dash and marker.
STYLES = (
    ("#000000", "-", "o", 2.4),
    ("#555555", "--", "s", 1.6),
    ("#777777", ":", "^", 1.6),
    ("#999999", "-.", "D", 1.6),
)


class Curve(NamedTuple):
    label: str
    years: tuple[int, ...]
    values: tuple[float, ...]


class Spec(NamedTuple):
    lines: tuple[Curve, ...]
    unit: str  # axis label
    decimals: int
    percent: bool


def settings() -> dict[str, Any]:
    return {
        "svg.hashsalt": "rapportlinja",
        "svg.fonttype": "path",
        "font.family": "DejaVu Sans",
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }


def render(spec: Spec) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    with matplotlib.rc_context(cast(Any, settings())):
        fig, ax = plt.subplots(figsize=(6.0, 3.0))
        try:
            for line, (colour, dash, marker, width) in zip(spec.lines, STYLES, strict=False):
                ax.plot(
                    line.years,
                    line.values,
                    color=colour,
                    linestyle=dash,
                    marker=marker,
                    linewidth=width,
                    markersize=5,
                    label=line.label,
                )
            years = sorted({y for line in spec.lines for y in line.years})
            ax.set_xticks(years, [str(y) for y in years])
            ax.yaxis.set_major_locator(MaxNLocator(6))
            suffix = " %" if spec.percent else ""
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: number(v, _tick_decimals(ax)) + suffix))
            ax.set_ylabel("" if spec.percent else spec.unit)  # the ticks already say «%»
            ax.grid(axis="y", color="#dddddd", linewidth=0.6)
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=len(spec.lines), frameon=False)
            fig.tight_layout()
            out = io.BytesIO()
            fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
        finally:
            plt.close(fig)
    return out.getvalue()


def _tick_decimals(ax: Any) -> int:
    ticks = ax.get_yticks()
    step = abs(ticks[1] - ticks[0]) if len(ticks) > 1 else 1
    return 0 if step >= 1 else 1 if step >= 0.1 else 2
