"""No agenda with a few lines alone on its last page: if the first setting spills, try a tighter one.

The template marks where the agenda ends (<agenda-end>: page and height on the page); a short
spill is an end near the top of a page after the first. Each setting is one Typst run, so an
agenda that fits takes one query and one compile, like before.
"""

from __future__ import annotations

import json
from pathlib import Path

import typst

from rapportlinja.render import pdf

SETTINGS = ("0", "1", "2")  # «tetthet» in agenda.typ.j2: normal, tighter, tightest
CM = 72 / 2.54
TOP_MARGIN_PT = 2.7 * CM  # felles.typ.j2: the page's margins on A4
TEXT_HEIGHT_PT = 29.7 * CM - (2.7 + 2.4) * CM
SHORT_SPILL_PT = TEXT_HEIGHT_PT / 4  # less than a quarter of a page alone on the last page is a spill


def _end(main: Path, root: Path, setting: str) -> tuple[int, float] | None:
    try:
        found = typst.query(
            str(main),
            "<agenda-end>",
            field="value",
            one=True,
            root=str(root),
            ignore_system_fonts=True,
            sys_inputs={"tetthet": setting},
        )
    except typst.TypstError:
        return None  # the compile below reports the error in Norwegian
    value = json.loads(found)
    return int(value["page"]), float(value["y"])


def spills(end: tuple[int, float] | None) -> bool:
    return end is not None and end[0] > 1 and end[1] - TOP_MARGIN_PT < SHORT_SPILL_PT


def setting_for(main: Path, root: Path) -> str:
    """The first setting that does not leave a short spill; the normal one if none helps."""
    for setting in SETTINGS:
        if not spills(_end(main, root, setting)):
            return setting
    return SETTINGS[0]


def fitted_pdf(main: Path, root: Path, timestamp: int) -> bytes:
    return pdf.compile_pdf(main, root, timestamp, {"tetthet": setting_for(main, root)})
