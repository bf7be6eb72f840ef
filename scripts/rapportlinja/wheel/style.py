"""Colour and pattern per ring: colour is never the only cue (WCAG 1.4.1), every ring also has a pattern."""

from __future__ import annotations

from typing import NamedTuple

# Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
# Pattern drawn in white over the colour: the SVG content of a 10×10 tile (solid, stripes, dots, …).
PATTERNS = (
    "",
    '<path d="M -1 11 L 11 -1 M -1 1 L 1 -1 M 9 11 L 11 9" stroke="#fff" stroke-width="2.2"/>',
    '<circle cx="5" cy="5" r="2" fill="#fff"/>',
    '<path d="M 0 5 L 10 5 M 5 0 L 5 10" stroke="#fff" stroke-width="1.6"/>',
    '<path d="M 0 3 L 10 3 M 0 8 L 10 8" stroke="#fff" stroke-width="1.6"/>',
    '<path d="M 0 0 L 10 10 M 10 0 L 0 10" stroke="#fff" stroke-width="1.4"/>',
    '<path d="M 3 0 L 3 10 M 8 0 L 8 10" stroke="#fff" stroke-width="1.6"/>',
    '<circle cx="5" cy="5" r="2.6" fill="none" stroke="#fff" stroke-width="1.3"/>',
)


class Look(NamedTuple):
    colour: str
    pattern_id: str


def look(ring: int) -> Look:
    return Look(COLOURS[ring % len(COLOURS)], f"monster-{ring}")


def definitions(rings: int) -> str:
    """<pattern> elements: the ring's colour as background, the pattern in white on top."""
    parts = []
    for ring in range(rings):
        style = look(ring)
        tile = PATTERNS[ring % len(PATTERNS)]
        parts.append(
            f'<pattern id="{style.pattern_id}" width="10" height="10" patternUnits="userSpaceOnUse">'
            f'<rect width="10" height="10" fill="{style.colour}"/>{tile}</pattern>'
        )
    return "<defs>" + "".join(parts) + "</defs>"
