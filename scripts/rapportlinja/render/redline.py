"""build/endringer.pdf: the changed chapters typeset as in the report, with the changes marked.

The same road as the report (key figures expanded, pandoc to Typst, our template, Typst with
PDF/UA-1 and PDF/A-2a), plus the redline.lua filter that turns the marks into underline and
strike with words a screen reader reads.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from rapportlinja.base.labels import labels_for
from rapportlinja.base.layout import CHAPTERS_DIR, Layout
from rapportlinja.blocks import registry
from rapportlinja.blocks.kind import Context
from rapportlinja.read import keyfigures
from rapportlinja.render import pandoc, pdf, templating
from rapportlinja.render.document import Document
from rapportlinja.report.model import Edition
from rapportlinja.review import marked, packet
from rapportlinja.review.changeset import ChangeSet, Text
from rapportlinja.review.words import words


def sources(layout: Layout, changes: ChangeSet, edition: Edition) -> list[pandoc.Source]:
    context = Context(layout.root, edition.language, edition.year, keyfigures.read(layout).figures)
    found = []
    for change in changes.chapters:
        body = marked.marked_body(_body(change.old), _body(change.new), edition.language)
        # A broken block shows as its source, the others as tables; `rapport sjekk` reports it.
        body = registry.expand(body, context._replace(rel=change.rel), keep_broken=True).markdown
        found.append(pandoc.Source(Path(change.rel).name, change.title, body))
    return found


def _body(text: Text | None) -> str:
    return text.body if text is not None else ""


def build(layout: Layout, edition: Edition, changes: ChangeSet, timestamp: int) -> bytes:
    layout.build.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".endringer-", dir=layout.build))
    try:
        chapter_sources = sources(layout, changes, edition)
        chapters_file = ""
        if chapter_sources:
            typst_text = pandoc.to_typst(
                chapter_sources, workdir / "kapitler", "/" + CHAPTERS_DIR, first_filters=("redline",)
            )
            (workdir / "kapitler.typ").write_text(typst_text, encoding="utf-8")
            chapters_file = "kapitler.typ"
        main = workdir / "endringer.typ"
        main.write_text(_main(edition, changes, chapters_file, timestamp), encoding="utf-8")
        return pdf.compile_pdf(main, layout.root, timestamp)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _main(edition: Edition, changes: ChangeSet, chapters_file: str, timestamp: int) -> str:
    language = edition.language
    said = words(language)
    day = dt.datetime.fromtimestamp(timestamp, tz=dt.UTC).date()
    doc = Document(
        title=f"{said['title']}: {edition.title}",
        author=edition.municipality,
        keywords=("barnevern", "tilstandsrapport", "endringer", edition.municipality),
        year=day.year,
        month=day.month,
        day=day.day,
        lang=language,
        heading_numbering="1.1",
        marking=labels_for(language).draft,
        running_title=edition.municipality,
        watermark="",
        bare_pages=0,
    )
    found: Sequence[packet.Section] = packet.sections(changes, language)
    return templating.render(
        "endringer.typ.j2",
        doc=doc,
        labels=labels_for(language),
        words=said,
        intro=said["intro"].format(fra=changes.old_label, til=changes.new_label),
        sections=found,
        chapters_file=chapters_file,
    )
