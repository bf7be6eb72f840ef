"""The PDF's tag tree read back with pypdf: what veraPDF's machine checks cannot judge.

PDF/UA's Matterhorn checkpoint 15-001 (a table has header cells) and 14-001 (headings
tagged as headings) need a human reading; these facts let a test do that reading.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from pypdf import PdfReader


class Element(NamedTuple):
    role: str  # the structure type without the slash: H1, Table, TH, Figure …
    children: tuple[Element, ...]
    alt: str | None

    def walk(self) -> Iterator[Element]:
        yield self
        for child in self.children:
            yield from child.walk()


def tree(path: Path) -> Element:
    root = PdfReader(path).trailer["/Root"]["/StructTreeRoot"]
    return _element(root, "StructTreeRoot")


def _element(node: Any, role: str) -> Element:
    kids = node.get("/K", [])
    kids = kids if isinstance(kids, list) else [kids]
    children = []
    for kid in kids:
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if isinstance(kid, dict) and "/S" in kid:
            children.append(_element(kid, str(kid["/S"]).lstrip("/")))
    alt = node.get("/Alt")
    return Element(role, tuple(children), None if alt is None else str(alt))


def tables_without_header_cells(root: Element) -> int:
    return sum(1 for e in root.walk() if e.role == "Table" and not any(c.role == "TH" for c in e.walk()))


def headings(root: Element) -> list[str]:
    return [e.role for e in root.walk() if e.role in {"H1", "H2", "H3", "H4", "H5", "H6", "H", "Title"}]
