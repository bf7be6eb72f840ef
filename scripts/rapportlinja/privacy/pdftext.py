"""Everything a reader of a PDF can see, as text: pages, metadata, bookmarks, alt text.

The egress scan reads the finished document, not our sources: whatever path a value took
into the PDF (a field no input check reads, an image's text, a Git author name), it is
in here, and so are its link annotations' addresses. A pure function over the PDF's bytes:
the pages' text with PDFium (pypdfium2, the
engine Chromium uses; about 1 ms a page, where pypdf's extraction took 25 ms and doubled
`rapport bygg`), metadata, bookmarks and the structure tree with pypdf.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, NamedTuple

import pypdfium2
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


def _link_targets(reader: PdfReader) -> Iterator[str]:
    """Every link annotation's address: a value percent-encoded in a URI is in the file, if not on the page."""
    for page in reader.pages:
        annotations = page.get("/Annots")
        annotations = annotations.get_object() if annotations is not None else []
        for annotation in annotations if isinstance(annotations, ArrayObject) else []:
            action = annotation.get_object().get("/A")
            action = action.get_object() if action is not None else None
            if isinstance(action, DictionaryObject) and "/URI" in action:
                yield str(action["/URI"])


def parts(data: bytes) -> list[Part]:
    """The PDF's visible and embedded text, one part per page and per kind of metadata."""
    found = [Part(f"side {number}", text) for number, text in enumerate(_page_texts(data), 1)]
    reader = PdfReader(io.BytesIO(data))
    for key, value in (reader.metadata or {}).items():
        found.append(Part(f"metadata ({str(key).lstrip('/')})", str(value)))
    catalog = reader.trailer["/Root"].get_object()
    assert isinstance(catalog, DictionaryObject)
    xmp = catalog.get("/Metadata")
    if xmp is not None:
        found.append(Part("XMP-metadata", xmp.get_object().get_data().decode("utf-8", errors="replace")))
    found.append(Part("bokmerker", "\n".join(_outline_titles(reader.outline))))
    found.append(Part("lenker", "\n".join(_link_targets(reader))))
    tree = catalog.get("/StructTreeRoot")
    if tree is not None:
        found.append(Part("alternativ tekst og merket tekst", "\n".join(_alt_texts(tree))))
    return found


def _page_texts(data: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(data)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return texts
    finally:
        document.close()
