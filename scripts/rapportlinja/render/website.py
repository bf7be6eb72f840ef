"""The web edition of the tilstandsrapport: files for a static site, from public chapters only.

One page holds the whole report with a table of contents (the report is short by design, so
one page reads, searches and prints as one document); «Hva er nytt» is a page of its own. Every
file is returned as bytes; the command writes them. No JavaScript, nothing fetched from elsewhere.
"""

from __future__ import annotations

import datetime as dt
import functools
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from jinja2 import PackageLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from rapportlinja.base.errors import UserError
from rapportlinja.base.gitinfo import BuildInfo
from rapportlinja.base.labels import labels_for as labels
from rapportlinja.base.labels import long_date
from rapportlinja.base.layout import CHAPTERS_DIR, Layout
from rapportlinja.blocks import keyfigures as keyfigure_blocks
from rapportlinja.blocks import registry
from rapportlinja.blocks.kind import Context
from rapportlinja.read import keyfigures
from rapportlinja.read.changes import Changes
from rapportlinja.render import htmlchapters, whatsnew
from rapportlinja.render.pandoc import Source
from rapportlinja.render.report import version_text
from rapportlinja.render.weblabels import WebLabels, web_labels
from rapportlinja.report.model import Chapter, Edition

INDEX = "index.html"
WHATS_NEW = "nytt.html"
STYLESHEET = "stil.css"


class Inputs(NamedTuple):
    edition: Edition
    chapters: list[Chapter]
    info: BuildInfo
    release: str | None  # the release tag, or None for a draft
    pdf_name: str
    pdf: bytes
    changes: Changes


@functools.cache
def environment() -> ImmutableSandboxedEnvironment:
    """HTML templates: autoescaped, strict, sandboxed like the Typst ones."""
    return ImmutableSandboxedEnvironment(
        loader=PackageLoader("rapportlinja", "render/templates"),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html.j2"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def files(layout: Layout, inputs: Inputs) -> dict[str, bytes]:
    """Every file of the site by its site-relative name (SHA256SUMS is added by the caller)."""
    private = [c.rel for c in inputs.chapters if not c.public]
    if private:
        raise UserError(f"Nettutgaven kan bare ta med offentlige kapitler. Ikke offentlig: {', '.join(private)}.")
    language = inputs.edition.language
    words = web_labels(language)
    out: dict[str, bytes] = {}
    figures = keyfigures.read(layout).figures
    context = Context(layout.root, language, inputs.edition.year, figures, web=True, csv_label=words.csv)
    sources = []
    for chapter in inputs.chapters:
        expanded = registry.expand(chapter.body, context._replace(rel=chapter.rel), chapter.body_first_line)
        sources.append(Source(chapter.file, chapter.title, expanded.markdown))
        out |= {f"{keyfigure_blocks.DATA_DIR}/{d.name}": d.text.encode("utf-8") for d in expanded.files}
    layout.build.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".nettside-", dir=layout.build))
    try:
        fragment = htmlchapters.to_html(sources, workdir, "/" + CHAPTERS_DIR, layout, words.table_region)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    out |= fragment.images
    common = _common(inputs, words)
    toc = [{"title": s.title, "id": i} for s, i in zip(sources, fragment.chapter_ids, strict=True)]
    page = environment().get_template("nettside.html.j2")
    out[INDEX] = page.render(**common, page="index", toc=toc, chapters=Markup(fragment.html)).encode("utf-8")
    summary = whatsnew.summarize(inputs.changes, language)
    new = environment().get_template("nytt.html.j2")
    out[WHATS_NEW] = new.render(**common, page="nytt", summary=summary).encode("utf-8")
    out[STYLESHEET] = resources.files("rapportlinja").joinpath("render", "templates", "nettside.css").read_bytes()
    out[inputs.pdf_name] = inputs.pdf
    return out


def _common(inputs: Inputs, words: WebLabels) -> dict[str, object]:
    edition = inputs.edition
    built = dt.datetime.fromtimestamp(inputs.info.timestamp, tz=dt.UTC).date()
    return {
        "lang": edition.language,
        "words": words,
        "labels": labels(edition.language),
        "edition": edition,
        "draft": inputs.release is None,
        "version": version_text(inputs.info, inputs.release, edition.language),
        "built": long_date(built),
        "treatments": [f"{t.committee}, {long_date(t.date)}" for t in edition.treatments],
        "pdf_name": inputs.pdf_name,
        "pdf_size": _size(len(inputs.pdf)),
    }


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB".replace(".", ",") if count >= 1_000_000 else f"{round(count / 1000)} kB"
