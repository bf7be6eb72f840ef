"""Small helpers for the wheel tests: the example's wheel for a year, and the SVG parsed."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from rapportlinja.base.layout import Layout
from rapportlinja.read import wheel_inputs
from rapportlinja.wheel import draw
from rapportlinja.wheel.model import Wheel

SVG = "{http://www.w3.org/2000/svg}"


def wheel(root: Path, year: int, today: dt.date | None = None) -> Wheel:
    return wheel_inputs.read(Layout(root)).wheel(year, today)


def parsed(root: Path, year: int, today: dt.date | None) -> ET.Element:
    return ET.fromstring(draw.svg(wheel(root, year, today), "nb", today))


def titles(wheel_: Wheel) -> list[str]:
    return [a.title for a in wheel_.activities]
