"""One edition, built once: a builder per output format, each returning named bytes.

The PDF builder runs pandoc and Typst; the web builder lays out the pages around the PDF it is given,
never a second build of it; the notes builder writes the release notes. A command picks the builders
it needs and hands their files to pipeline.publish, so the release's assets and the web edition are
the same bytes: one PDF (with its «Medvirkning» appendix read once), one SHA256SUMS.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from rapportlinja.base import gitinfo
from rapportlinja.base.layout import Layout
from rapportlinja.keyfigures.model import Figures
from rapportlinja.read import approvals_record, changes, history, tags
from rapportlinja.release import checksums, notes
from rapportlinja.render import report, toolchain, website, whatsnew
from rapportlinja.render.report import Progress
from rapportlinja.report.model import Chapter, Edition
from rapportlinja.report.snapshot import Snapshot
from rapportlinja.review import appendix

Files = dict[str, bytes]


class Sources(NamedTuple):
    """What every builder reads: the checked snapshot and Git's facts, read once by the command."""

    layout: Layout
    snapshot: Snapshot
    figures: Figures | None
    info: gitinfo.BuildInfo
    release: str | None  # the release tag the edition is final for; None for a draft

    @property
    def edition(self) -> Edition:
        record = self.snapshot.edition_record()
        assert record is not None, "read_checked refuses an edition that does not load"
        return record

    @property
    def chapters(self) -> list[Chapter]:
        return self.snapshot.chapter_records()


def build_info(layout: Layout) -> gitinfo.BuildInfo:
    """Git's facts for the build; what Git could not tell (a shallow clone, a tag on a tree) is said once, here."""
    info = gitinfo.read(layout.root)
    for text in info.warnings:
        print(f"advarsel: {text}", file=sys.stderr, flush=True)
    return info


def report_pdf(sources: Sources, progress: Progress) -> Files:
    """The PDF builder: the report through pandoc and Typst (PDF/UA-1, PDF/A-2a).

    A release also gets the approvals its «Medvirkning» appendix shows (godkjenninger.json), read once
    for this PDF: published with it and in the same SHA256SUMS, so a rebuild from the tag with that file
    (RAPPORT_GODKJENNINGER_FIL) gives the same PDF, and the next release reads only what is newer.
    """
    edition, layout = sources.edition, sources.layout
    credits = report.review_appendix(layout, sources.chapters, edition.language, shallow=sources.info.shallow)
    data = report.build_pdf(layout, edition, sources.chapters, sources.info, sources.release, progress, credits)
    files = {report.output_name(edition): data}
    if sources.release is not None and credits.record:
        files[approvals_record.NAME] = credits.record.encode("utf-8")
    return files


def web(sources: Sources, changed: changes.Changes, pdf: Files) -> Files:
    """The HTML builder: the web edition's pages, with the PDF it is given placed beside them as it is."""
    [(name, data)] = [(name, data) for name, data in pdf.items() if name.endswith(".pdf")]
    edition = sources.edition
    inputs = website.Inputs(edition, sources.chapters, sources.info, sources.release, name, data, changed)
    return website.files(sources.layout, inputs)


def release_notes(sources: Sources, release: tags.Release, changed: changes.Changes, assets: list[str]) -> Files:
    """The notes builder: «Hva er nytt», the chapters changed, who took part, the files and the tools."""
    edition = sources.edition
    # Who took part is read from the commits since the tag «Hva er nytt» counts from.
    revisions = f"{changed.previous}..{release.tag}" if changed.previous else release.tag
    commits = history.read_commits(sources.layout.root, revisions) or []
    titles = [notes.ChapterTitle(c.rel, c.title) for c in sources.chapters]
    settings = appendix.settings(sources.snapshot.edition.data)
    gathered = notes.gather(changed, commits, titles, settings, edition.language)
    # The same «Hva er nytt» as the web edition: in words, from chapters and figures, never commit messages.
    whats_new = whatsnew.as_markdown(changed, edition.language)
    tools = toolchain.versions().text()
    text = notes.render(edition.title, release, gathered, sorted(assets), edition.language, whats_new, tools)
    return {notes.NAME: text.encode("utf-8")}


def release_assets(report_files: Files) -> list[str]:
    """What the GitHub release carries (its body is the notes): the PDF, the approvals record when one was
    read, the notes and SHA256SUMS. The web edition is the same folder: the same files and its pages."""
    return [*report_files, notes.NAME, checksums.NAME]


def build(sources: Sources, progress: Progress, release: tags.Release | None = None) -> Files:
    """The whole edition: PDF, web edition and, for a release, its notes and approvals record; SHA256SUMS is
    publish's to add."""
    report_files = report_pdf(sources, progress)
    files = dict(report_files)
    progress("Lager nettutgaven")
    # «Hva er nytt» on the site and the notes' list of changed chapters come from this one record, so they agree.
    changed = changes.gather(sources.layout.root, sources.chapters, sources.figures)
    files |= web(sources, changed, files)
    if release is not None:
        files |= release_notes(sources, release, changed, release_assets(report_files))
    return files
