"""`rapport utgivelse`: everything a release holds, for the tag on HEAD, in build/utgivelse/<tag>/.

The release job in CI calls this, so anyone can reproduce a release locally: the same
tag gives the same bytes (the build time is the tagged commit's time). A release is public:
it holds the report PDF, its checksums and the release notes, never the internal agendas.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import git

from rapportlinja.base import atomic, gitinfo
from rapportlinja.base import layout as layout_module
from rapportlinja.base.loaded import Loaded
from rapportlinja.checks import example_identity
from rapportlinja.commands import inputs, publication
from rapportlinja.keyfigures.model import Figures
from rapportlinja.read import changes, history, tags
from rapportlinja.read.repository import open_repository
from rapportlinja.release import checksums, guard, notes
from rapportlinja.render import report, whatsnew
from rapportlinja.report.model import Chapter
from rapportlinja.report.snapshot import Snapshot
from rapportlinja.review import appendix


def run(root: Path | None = None, branch: str | None = None) -> int:
    """`branch`: the default branch the tag must be on (default: origin/HEAD, origin/main, … whichever exists)."""
    layout = layout_module.find(root)
    release = tags.current(layout.root)
    with open_repository(layout) as repo:
        snapshot = inputs.read_checked(repo, f"Rapporten har feil, så {release.tag} ble ikke laget.")
        return _release(layout, release, snapshot, repo.keyfigures.figures, branch)


def _release(
    layout: layout_module.Layout, release: tags.Release, snapshot: Snapshot, figures: Figures | None, branch: str | None
) -> int:
    edition = snapshot.edition_record()
    assert edition is not None
    chapters = snapshot.chapter_records()
    statuses = [guard.ChapterStatus(chapter.rel, chapter.status) for chapter in chapters]
    guard.check(git.Repo(layout.root), release, edition.year, statuses, branch)
    example_identity.release_refusal(layout, snapshot.edition.data, release.tag)
    out = layout.build / "utgivelse" / release.tag
    out.parent.mkdir(parents=True, exist_ok=True)
    # Built beside the old release and swapped in only when complete: a failed run leaves
    # the previous release as it was, and nothing left over from it can slip in.
    work = Path(tempfile.mkdtemp(prefix=f".{release.tag}-", dir=out.parent))
    try:
        print(f"• Bygger {report.output_name(edition)} for {release.tag}", flush=True)
        info = gitinfo.read(layout.root)
        for text in info.warnings:
            print(f"advarsel: {text}", file=sys.stderr, flush=True)
        data = report.build_pdf(layout, edition, chapters, info, release.tag, lambda _: None)
        publication.refuse_leaks_in_pdf(layout, report.output_name(edition), data)
        atomic.write_bytes(work / report.output_name(edition), data)
        # The same «Hva er nytt» as the web edition: in words, from chapters and figures, never commit messages.
        # The notes' list of changed chapters is read from the same record, so the two sections agree.
        changed = changes.gather(layout.root, chapters, figures)
        whats_new = whatsnew.as_markdown(changed, edition.language)
        _notes(layout, snapshot.edition, release, changed, chapters, edition.title, edition.language, whats_new, work)
        atomic.write_text(work / checksums.NAME, checksums.sha256sums(work))
        atomic.replace_folder(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"Ferdig: {layout.rel(out)}/")
    return 0


def _notes(
    layout: layout_module.Layout,
    edition: Loaded,
    release: tags.Release,
    changed: changes.Changes,
    chapters: list[Chapter],
    title: str,
    language: str,
    whats_new: str,
    out: Path,
) -> None:
    # Who took part is read from the commits since the tag «Hva er nytt» counts from.
    revisions = f"{changed.previous}..{release.tag}" if changed.previous else release.tag
    commits = history.read_commits(layout.root, revisions) or []
    titles = [notes.ChapterTitle(c.rel, c.title) for c in chapters]
    gathered = notes.gather(changed, commits, titles, appendix.settings(edition.data), language)
    files = [*(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()), notes.NAME, checksums.NAME]
    text = notes.render(title, release, gathered, sorted(files), language, whats_new)
    publication.refuse_leaks_in_text(layout, notes.NAME, text)
    atomic.write_text(out / notes.NAME, text)
