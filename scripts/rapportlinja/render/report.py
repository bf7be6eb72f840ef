"""Assemble the tilstandsrapport: chapters through pandoc, our template, then Typst."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from rapportlinja.base import confine
from rapportlinja.base.errors import UserError
from rapportlinja.base.gitinfo import BuildInfo
from rapportlinja.base.labels import labels_for, long_date
from rapportlinja.base.layout import CHAPTERS_DIR, Layout
from rapportlinja.blocks import registry
from rapportlinja.blocks.kind import Context
from rapportlinja.read import approvals, history, keyfigures
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.read.github_api import Opener
from rapportlinja.render import pandoc, pdf, templating, toolchain, wheel_appendix
from rapportlinja.render.document import Document
from rapportlinja.report.model import Chapter, Edition
from rapportlinja.review import appendix, participation

Progress = Callable[[str], None]


def output_name(edition: Edition) -> str:
    return f"tilstandsrapport-{edition.year}.pdf"


def version_text(info: BuildInfo, release: str | None, language: str) -> str:
    labels = labels_for(language)
    if release:
        return release
    if info.commit is None:
        return f"{labels.draft_version} ({labels.not_in_git})"
    suffix = f", {labels.uncommitted}" if info.dirty else ""
    return f"{labels.draft_version} {info.short}{suffix}"


def build_pdf(
    layout: Layout,
    edition: Edition,
    chapters: list[Chapter],
    info: BuildInfo,
    release: str | None,
    progress: Progress,
    credits: appendix.Appendix | None = None,
) -> bytes:
    """The PDF's bytes. Work files live in a temporary folder under build/, removed afterwards.

    `credits`: the «Medvirkning» appendix when the caller has read it (a release keeps its approvals
    record); otherwise it is read here.
    """
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
        context = Context(
            layout.root, edition.language, edition.year, keyfigures.read(layout).figures, redraw=release is not None
        )
        # Blocks (key figures, the partner survey) become tables and charts before pandoc sees the chapter.
        sources = [
            pandoc.Source(
                c.file, c.title, registry.expand(c.body, context._replace(rel=c.rel), c.body_first_line).markdown
            )
            for c in chapters
        ]
        typst_text = pandoc.to_typst(sources, workdir / "kapitler", "/" + CHAPTERS_DIR, layout.build / ".pandoc")
        (workdir / "kapitler.typ").write_text(typst_text, encoding="utf-8")
        main = workdir / "rapport.typ"
        if credits is None:
            credits = review_appendix(layout, chapters, edition.language, shallow=info.shallow)
        source = _main_source(layout, edition, chapters, info, release, workdir, credits)
        main.write_text(source, encoding="utf-8")
        progress("Setter sammen PDF med Typst (PDF/UA-1, PDF/A-2a)")
        try:
            return pdf.compile_pdf(main, layout.root, info.timestamp)
        except pdf.TypstFailure as failure:
            raise _located(failure, typst_text, sources) from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _main_source(
    layout: Layout,
    edition: Edition,
    chapters: list[Chapter],
    info: BuildInfo,
    release: str | None,
    workdir: Path,
    credits: appendix.Appendix,
) -> str:
    labels = labels_for(edition.language)
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
        marking=labels.draft if draft else "",
        running_title=edition.municipality,
        watermark=labels.draft if draft else "",
    )
    return templating.render(
        "rapport.typ.j2",
        doc=doc,
        labels=labels,
        edition=edition,
        draft=draft,
        version=version_text(info, release, edition.language),
        commit=info.commit or labels.not_in_git,
        built=long_date(built),
        tools=toolchain.versions().text(),
        treatments=[f"{t.committee}, {long_date(t.date)}" for t in edition.treatments],
        chapters=[
            {"title": c.title, "responsible": c.responsible, "status": c.status, "revised": long_date(c.revised)}
            for c in chapters
        ],
        chapters_file=(workdir / "kapitler.typ").name,
        logo_path="/report/" + edition.logo if edition.logo else "",
        participation=credits,
        wheel=wheel_appendix.build(layout, edition, workdir),
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


def review_appendix(
    layout: Layout,
    chapters: Sequence[Chapter],
    language: str,
    env: Mapping[str, str] | None = None,
    opener: Opener | None = None,
    shallow: bool = False,
) -> appendix.Appendix:
    """Who changed each chapter (Git history) and who approved it (GitHub's reviews, read with the
    workflow's token), shown as the display setting in report/rapport.yaml asks.

    A shallow clone would credit whoever made its one commit with every chapter: then nobody is named.
    """
    if shallow:
        return appendix.Appendix(False, (), labels_for(language).participation_shallow)
    commits = history.read_commits(layout.root)
    if commits is None:
        return appendix.Appendix(False, ())
    edition = load_yaml_file(layout.edition_file, layout.rel(layout.edition_file), "rapport")
    data = edition.data if isinstance(edition.data, dict) else {}
    how = appendix.settings(data)
    shas = participation.shas_by_file(commits, [c.rel for c in chapters])
    approved = approvals.read_approvals(shas, data, how, language, os.environ if env is None else env, opener)
    return appendix.appendix(commits, chapters, how, language, approved)
