"""Markdown chapters to one HTML fragment with pandoc, for the web edition.

The same sandbox and reader as the PDF (render/pandoc.py): no raw HTML, no metadata blocks,
no files read by pandoc; then an allow-list sanitiser (render/websafe.py) on what pandoc wrote.
Images are then copied into the site under content-hash names, so only files a public chapter
shows are published, and no repository path is.
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base import websafe_svg
from rapportlinja.base.errors import UserError
from rapportlinja.base.layout import Layout
from rapportlinja.render import pandoc, websafe
from rapportlinja.render.pandoc import Source
from rapportlinja.report.markdown import READER

IMAGE_DIR = "bilder"
# Where a public chapter's images may come from: the report's own files and the drawn charts.
IMAGE_ROOTS = ("report/", "build/figurer/")
_SRC = re.compile(r'<img src="([^"]*)"')
_TABLE = re.compile(r"<table\b[^>]*>")


_CHAPTER_ID = re.compile(r'<section id="((?:[^"]*__)?kapittel)"')


class Fragment(NamedTuple):
    html: str
    images: dict[str, bytes]  # site-relative name → bytes
    chapter_ids: tuple[str, ...]  # the id of each chapter's section, in order, for the table of contents


def to_html(sources: list[Source], workdir: Path, chapter_dir: str, layout: Layout, table_label: str) -> Fragment:
    workdir.mkdir(parents=True, exist_ok=True)
    # Each chapter under its unique id as its name: --file-scope prefixes ids with the file name less
    # its number, so 05-tema.md and 10-tema.md would share ids; html.lua points chapter links at these.
    ids = pandoc.file_ids([source.file for source in sources])
    for source in sources:
        pandoc.write_chapter(workdir, source._replace(file=ids[source.file]))
    arguments = [
        "--sandbox",
        "--file-scope",
        "--from",
        READER,
        "--to",
        "html5",
        "--wrap=preserve",
        "--section-divs",
        "--shift-heading-level-by=1",  # the page's <h1> is the report's title; chapters are <h2>
        "--lua-filter",
        str(pandoc.filter_path("html")),
        "--metadata",
        f"rapportlinja-kapittelmappe={chapter_dir}",
        "--metadata",
        f"rapportlinja-filer={' '.join(f'{file}={id_}' for file, id_ in ids.items())}",
        *[ids[source.file] for source in sources],
    ]
    # Sanitised before our own markup is added: only what the allow-list keeps of the chapters remains.
    converted = websafe.clean(pandoc.run(arguments, workdir, "kapitlene"))
    images: dict[str, bytes] = {}

    def copy_image(match: re.Match[str]) -> str:
        name, data = _image(layout, html.unescape(match.group(1)))
        images[name] = data
        return f'<img src="{name}"'

    text = _SRC.sub(copy_image, converted)
    # A wide table scrolls inside its own box at 400 % zoom instead of widening the page;
    # the box is focusable and named so a keyboard user can scroll it too (WCAG 1.4.10, 2.1.1).
    label = html.escape(table_label, quote=True)
    text = _TABLE.sub(
        lambda m: f'<div class="tabell" role="region" aria-label="{label}" tabindex="0">{m.group(0)}', text
    )
    # pandoc makes the ids itself (--file-scope prefixes the file name, less leading digits): read them back.
    return Fragment(text.replace("</table>", "</table></div>"), images, tuple(_CHAPTER_ID.findall(text)))


def _image(layout: Layout, src: str) -> tuple[str, bytes]:
    rel = src.lstrip("/")
    path = layout.root / rel
    if not src.startswith("/") or not rel.startswith(IMAGE_ROOTS) or not path.is_file() or not layout.inside(path):
        raise UserError(
            f"Nettutgaven kan bare vise bilder som ligger i report/ (fant et bilde med adressen «{src}»).",
            "Legg bildet i report/bilder/ og vis til det med en relativ sti fra kapittelet.",
        )
    data = path.read_bytes()
    unsafe = websafe_svg.problems(data) if path.suffix.lower() == ".svg" else []
    if unsafe:
        raise UserError(
            f"Nettutgaven publiserer ikke {rel}: {' '.join(p.message for p in unsafe)}",
            "Kjør «rapport sjekk», som viser hva i figuren som må bort.",
        )
    return f"{IMAGE_DIR}/{hashlib.sha256(data).hexdigest()[:16]}{path.suffix.lower()}", data
