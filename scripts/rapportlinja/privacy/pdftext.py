"""Everything a reader of a PDF can see, as text: pages, metadata, bookmarks, alt text.

The egress scan reads the finished document, not our sources: whatever path a value took
into the PDF (a field no input check reads, an image's text, a Git author name), it is
in here. A pure function over the PDF's bytes, with pypdf.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, NamedTuple

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

MAX_STRUCTURE_NODES = 100_000  # a tagged report has a few thousand; a loop or a bomb stops here


class Part(NamedTuple):
    source: str  # Norwegian: «side 3», «metadata (Author)», «bokmerker», «alternativ tekst»
    text: str


def _outline_titles(items: list[Any]) -> Iterator[str]:
    for item in items:
        if isinstance(item, list):
            yield from _outline_titles(item)
        else:
            yield str(getattr(item, "title", "") or "")


def _alt_texts(root: Any) -> Iterator[str]:
    stack, seen = [root], 0
    while stack and seen < MAX_STRUCTURE_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, IndirectObject):
            node = node.get_object()
        if isinstance(node, DictionaryObject):
            for key in ("/Alt", "/ActualText", "/E", "/T"):
                if key in node:
                    yield str(node[key])
            kids = node.get("/K")
            if kids is not None:
                stack.append(kids)
        elif isinstance(node, ArrayObject):
            stack.extend(node)


def parts(data: bytes) -> list[Part]:
    """The PDF's visible and embedded text, one part per page and per kind of metadata."""
    reader = PdfReader(io.BytesIO(data))
    found = [Part(f"side {number}", page.extract_text() or "") for number, page in enumerate(reader.pages, 1)]
    for key, value in (reader.metadata or {}).items():
        found.append(Part(f"metadata ({str(key).lstrip('/')})", str(value)))
    catalog = reader.trailer["/Root"].get_object()
    assert isinstance(catalog, DictionaryObject)
    xmp = catalog.get("/Metadata")
    if xmp is not None:
        found.append(Part("XMP-metadata", xmp.get_object().get_data().decode("utf-8", errors="replace")))
    found.append(Part("bokmerker", "\n".join(_outline_titles(reader.outline))))
    tree = catalog.get("/StructTreeRoot")
    if tree is not None:
        found.append(Part("alternativ tekst og merket tekst", "\n".join(_alt_texts(tree))))
    return found
