"""`rapport utgivelse`: everything a release holds, for the tag on HEAD, in build/utgivelse/<tag>/.

The release job in CI calls this, so anyone can reproduce a release locally: the same
tag gives the same bytes (the build time is the tagged commit's time).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from rapportlinja import atomic, gitinfo
from rapportlinja import layout as layout_module
from rapportlinja.checks.run import check_snapshot
from rapportlinja.content import repository
from rapportlinja.content.documents import Loaded
from rapportlinja.content.model import Chapter
from rapportlinja.errors import UserError
from rapportlinja.release import agendas, checksums, notes, tags
from rapportlinja.reporters import text
from rapportlinja.review import appendix, participation
from rapportlinja.validation.findings import has_errors


def run(root: Path | None = None) -> int:
    layout = layout_module.find(root)
    release = tags.current(layout.root)
    snapshot = repository.read(layout)
    findings = check_snapshot(snapshot)
    if has_errors(findings):
        sys.stderr.write(text.render(findings, 1 + len(snapshot.chapters)))
        raise UserError(f"Rapporten har feil, så {release.tag} ble ikke laget.", "Rett feilene, lag en ny tagg og prøv igjen.")
    edition = snapshot.edition_record()
    assert edition is not None
    chapters = snapshot.chapter_records()
    out = layout.build / "utgivelse" / release.tag
    shutil.rmtree(out, ignore_errors=True)  # build/ is ours; leftovers from an earlier run must not slip in
    out.mkdir(parents=True)

    from rapportlinja.render import report

    print(f"• Bygger {report.output_name(edition)} for {release.tag}", flush=True)
    data = report.build_pdf(layout, edition, chapters, gitinfo.read(layout.root), release.tag, lambda _: None)
    atomic.write_bytes(out / report.output_name(edition), data)
    _agendas(layout, release, out)
    _notes(layout, snapshot.edition, release, chapters, edition.title, out)
    atomic.write_text(out / checksums.NAME, checksums.sha256sums(out))
    print(f"Ferdig: {layout.rel(out)}/")
    return 0


def _agendas(layout: layout_module.Layout, release: tags.Release, out: Path) -> None:
    written = agendas.write(layout, release.date, out)
    if written is None:
        print("• Advarsel: møtedelen (rapportlinja.meetings) er ikke installert, så utgivelsen har ingen agendaer.",
              file=sys.stderr)
    else:
        print(f"• {len(written)} agendaer for de neste {agendas.PERIOD_DAYS} dagene", flush=True)


def _notes(layout: layout_module.Layout, edition: Loaded, release: tags.Release,
           chapters: list[Chapter], title: str, out: Path) -> None:
    revisions = f"{release.previous}..{release.tag}" if release.previous else release.tag
    commits = participation.read_commits(layout.root, revisions) or []
    titles = [notes.ChapterTitle(c.rel, c.title) for c in chapters]
    gathered = notes.gather(commits, titles, appendix.settings(edition.data))
    files = [*(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()), notes.NAME, checksums.NAME]
    atomic.write_text(out / notes.NAME, notes.render(title, release, gathered, sorted(files)))
