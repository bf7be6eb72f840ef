"""Assemble the tilstandsrapport: chapters through pandoc, our template, then Typst."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from rapportlinja.content.model import Chapter, Edition
from rapportlinja.errors import UserError
from rapportlinja.figures import expand, store
from rapportlinja.gitinfo import BuildInfo
from rapportlinja.layout import CHAPTERS_DIR, Layout
from rapportlinja.privacy import confine
from rapportlinja.render import pandoc, pdf, templating
from rapportlinja.render.document import Document
from rapportlinja.render.labels import labels, long_date
from rapportlinja.review import appendix
from rapportlinja.survey import block as survey_block
from rapportlinja.wheel import appendix as wheel_appendix

Progress = Callable[[str], None]


def output_name(edition: Edition) -> str:
    return f"tilstandsrapport-{edition.year}.pdf"


def version_text(info: BuildInfo, release: str | None, language: str) -> str:
    words = labels(language)
    if release:
        return release
    if info.commit is None:
        return f"{words['draft_version']} ({words['not_in_git']})"
    suffix = f", {words['uncommitted']}" if info.dirty else ""
    return f"{words['draft_version']} {info.short}{suffix}"


def build_pdf(
    layout: Layout, edition: Edition, chapters: list[Chapter], info: BuildInfo, release: str | None, progress: Progress
) -> bytes:
    """The PDF's bytes. Work files live in a temporary folder under build/, removed afterwards."""
    private = [c for c in chapters if not c.public]
    if private:
        names = ", ".join(f"{c.rel} ({c.classification})" for c in private)
        raise UserError(
            f"Den offentlige rapporten kan bare ta med offentlige kapitler. Ikke offentlig: {names}.",
            "Fjern kapittelet fra «kapitler» i report/rapport.yaml, eller sett «klassifisering: offentlig» "
            "når teksten kan offentliggjøres.",
        )
    confine.refuse_tracked_build(layout.root)
    layout.build.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".arbeid-", dir=layout.build))
    try:
        progress(f"Gjør om {len(chapters)} kapitler med pandoc")
        # A release draws every chart afresh: a file in the cache is never trusted for it.
        figures = expand.Context(store.read(layout).figures, layout.root, edition.language, redraw=release is not None)
        # Key-figure blocks become tables and charts before pandoc sees the chapter.
        sources = [
            pandoc.Source(c.file, c.title, expand.expand(c.body, figures._replace(rel=c.rel), c.body_first_line))
            for c in chapters
        ]
        # ```samarbeid blocks: the partner survey's table, in the same place as the key figures.
        sources = [
            s._replace(body=survey_block.expand(s.body, layout.root, edition.year, edition.language, s.file))
            for s in sources
        ]
        typst_text = pandoc.to_typst(sources, workdir / "kapitler", "/" + CHAPTERS_DIR)
        (workdir / "kapitler.typ").write_text(typst_text, encoding="utf-8")
        main = workdir / "rapport.typ"
        main.write_text(_main_source(layout, edition, chapters, info, release, workdir), encoding="utf-8")
        progress("Setter sammen PDF med Typst (PDF/UA-1, PDF/A-2a)")
        try:
            return pdf.compile_pdf(main, layout.root, info.timestamp)
        except pdf.TypstFailure as failure:
            raise _located(failure, typst_text, sources) from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _main_source(
    layout: Layout, edition: Edition, chapters: list[Chapter], info: BuildInfo, release: str | None, workdir: Path
) -> str:
    words = labels(edition.language)
    built = dt.datetime.fromtimestamp(info.timestamp, tz=dt.UTC).date()
    draft = release is None
    doc = Document(
        title=edition.title,
        author=edition.municipality,
        keywords=("barnevern", "tilstandsrapport", edition.municipality, str(edition.year)),
        year=built.year,
        month=built.month,
        day=built.day,
        lang=edition.language,
        heading_numbering="1.1",
        marking=words["draft"] if draft else "",
        running_title=edition.municipality,
        watermark=words["draft"] if draft else "",
    )
    return templating.render(
        "rapport.typ.j2",
        doc=doc,
        labels=words,
        edition=edition,
        draft=draft,
        version=version_text(info, release, edition.language),
        commit=info.commit or words["not_in_git"],
        built=long_date(built),
        treatments=[f"{t.committee}, {long_date(t.date)}" for t in edition.treatments],
        chapters=[
            {"title": c.title, "responsible": c.responsible, "status": c.status, "revised": long_date(c.revised)}
            for c in chapters
        ],
        chapters_file=(workdir / "kapitler.typ").name,
        logo_path="/report/" + edition.logo if edition.logo else "",
        participation=appendix.build(layout, chapters, edition.language),
        wheel=wheel_appendix.build(layout, edition, workdir, built),
    )


def _located(failure: pdf.TypstFailure, typst_text: str, sources: list[pandoc.Source]) -> UserError:
    """Point at the user's file, since the user never sees our Typst."""
    if failure.file and failure.file.endswith("kapitler.typ") and failure.line:
        chapter = pandoc.chapter_of_line(typst_text, failure.line, sources)
        if chapter:
            return UserError(f"{CHAPTERS_DIR}/{chapter}: {failure.message}", failure.hint)
    if failure.file and not failure.file.endswith(".typ"):
        # An image or data file of the repository (a broken SVG, say): Typst names it exactly.
        return UserError(f"{failure.file.lstrip('/')}:{failure.line}: {failure.message}", failure.hint)
    return UserError(failure.message, failure.hint)
