"""The wheel's SVG as a PNG, rendered by Typst (already a dependency) on a page of A4 proportions."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import typst

PPI = 150  # 1240 × 1754 pixels: sharp on screen and fine for printing on A4
PAGE = """#set page(width: 210mm, height: 297mm, margin: 0pt, fill: white)
#image("arshjul.svg", width: 100%, height: 100%, fit: "contain")
"""


def png(svg_text: str, scratch: Path) -> bytes:
    """PNG bytes of `svg_text`; `scratch` is a folder for the work files (removed afterwards)."""
    scratch.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".arshjul-", dir=scratch))
    try:
        (workdir / "arshjul.svg").write_text(svg_text, encoding="utf-8")
        (workdir / "side.typ").write_text(PAGE, encoding="utf-8")
        result = typst.compile(
            str(workdir / "side.typ"), root=str(workdir), format="png", ppi=PPI, ignore_system_fonts=True
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    assert isinstance(result, bytes)
    return result
