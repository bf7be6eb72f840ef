"""Read a PDF back the way an archive, a screen reader and a politician would."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from pypdf import PdfReader


class PdfFacts(NamedTuple):
    pages: int
    text: list[str]
    lang: str
    tagged: bool
    has_structure: bool
    xmp: str
    page_sizes: set[tuple[int, int]]
    title: str


def read(path: Path) -> PdfFacts:
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    mark_info = root.get("/MarkInfo", {})
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8") if "/Metadata" in root else ""
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}
    return PdfFacts(
        pages=len(reader.pages),
        text=[page.extract_text() for page in reader.pages],
        lang=str(root.get("/Lang", "")),
        tagged=bool(mark_info.get("/Marked", False)),
        has_structure="/StructTreeRoot" in root,
        xmp=xmp,
        page_sizes=sizes,
        title=str((reader.metadata or {}).get("/Title", "")),
    )


A4_POINTS = (595, 842)
