"""`rapport utgivelse`: everything a release holds, for the tag on HEAD, in build/utgivelse/<tag>/.

The release job in CI calls this, so anyone can reproduce a release locally: the same
tag gives the same bytes (the build time is the tagged commit's time).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from rapportlinja import atomic, gitinfo
from rapportlinja import layout as layout_module
from rapportlinja.commands import bygg
from rapportlinja.content.documents import Loaded
from rapportlinja.content.model import Chapter
from rapportlinja.privacy import egress
from rapportlinja.release import agendas, checksums, notes, tags
from rapportlinja.render import report
from rapportlinja.review import appendix, participation


def run(root: Path | None = None) -> int:
    layout = layout_module.find(root)
    release = tags.current(layout.root)
    snapshot = bygg.read_checked(layout, f"Rapporten har feil, så {release.tag} ble ikke laget.")
    edition = snapshot.edition_record()
    assert edition is not None
    chapters = snapshot.chapter_records()
    out = layout.build / "utgivelse" / release.tag
    out.parent.mkdir(parents=True, exist_ok=True)
    # Built beside the old release and swapped in only when complete: a failed run leaves
    # the previous release as it was, and nothing left over from it can slip in.
    work = Path(tempfile.mkdtemp(prefix=f".{release.tag}-", dir=out.parent))
    try:
        print(f"• Bygger {report.output_name(edition)} for {release.tag}", flush=True)
        data = report.build_pdf(layout, edition, chapters, gitinfo.read(layout.root), release.tag, lambda _: None)
        bygg.guard_publication(layout, report.output_name(edition), data)
        atomic.write_bytes(work / report.output_name(edition), data)
        _agendas(layout, release, work)
        _notes(layout, snapshot.edition, release, chapters, edition.title, edition.language, work)
        atomic.write_text(work / checksums.NAME, checksums.sha256sums(work))
        _swap_in(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"Ferdig: {layout.rel(out)}/")
    return 0


def _swap_in(work: Path, out: Path) -> None:
    old = out.with_name(f".{out.name}-forrige")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    work.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def _agendas(layout: layout_module.Layout, release: tags.Release, out: Path) -> None:
    written = agendas.write(layout, release.date, out)
    if written is None:
        print(
            "• Advarsel: møtedelen (rapportlinja.meetings) er ikke installert, så utgivelsen har ingen agendaer.",
            file=sys.stderr,
        )
    else:
        print(f"• {len(written)} agendaer for de neste {agendas.PERIOD_DAYS} dagene", flush=True)


def _notes(
    layout: layout_module.Layout,
    edition: Loaded,
    release: tags.Release,
    chapters: list[Chapter],
    title: str,
    language: str,
    out: Path,
) -> None:
    revisions = f"{release.previous}..{release.tag}" if release.previous else release.tag
    commits = participation.read_commits(layout.root, revisions) or []
    titles = [notes.ChapterTitle(c.rel, c.title) for c in chapters]
    gathered = notes.gather(commits, titles, appendix.settings(edition.data), language)
    files = [*(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()), notes.NAME, checksums.NAME]
    text = notes.render(title, release, gathered, sorted(files), language)
    egress.refuse_leaks(notes.NAME, [(notes.NAME, text)], bygg.published_allow_list(layout))
    atomic.write_text(out / notes.NAME, text)
