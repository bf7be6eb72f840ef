"""`rapport nettside`: the public web edition in build/nettside/ (index.html, the PDF, «Hva er nytt», CSV, SHA256SUMS).

Built beside the previous edition and swapped in when whole, so a failed run never leaves a
half site, and nothing left over from an earlier build (a chapter since made internal) survives.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from rapportlinja.base import atomic, gitinfo
from rapportlinja.base import layout as layout_module
from rapportlinja.commands import bygg, inputs, publication
from rapportlinja.keyfigures.model import Figures
from rapportlinja.read import changes, tags
from rapportlinja.read.repository import open_repository
from rapportlinja.release import checksums
from rapportlinja.render import report, website
from rapportlinja.report.snapshot import Snapshot

SITE_DIR = "nettside"


def run(root: Path | None = None) -> int:
    layout = layout_module.find(root)
    print("• Sjekker innholdet", flush=True)
    with open_repository(layout) as repo:
        snapshot = inputs.read_checked(repo, "Rapporten har feil, så nettutgaven ble ikke bygget.")
        return _site(layout, snapshot, repo.keyfigures.figures)


def _site(layout: layout_module.Layout, snapshot: Snapshot, figures: Figures | None) -> int:
    edition = snapshot.edition_record()
    assert edition is not None
    chapters = snapshot.chapter_records()
    info = gitinfo.read(layout.root)
    # A clean checkout on a release tag gives the final edition; anything else is marked as a draft.
    release = info.tag if info.tag and tags.TAG.match(info.tag) and not info.dirty else None
    pdf = bygg.write_report(layout, edition, chapters, release, lambda message: print(f"• {message}", flush=True))
    print("• Lager nettutgaven", flush=True)
    what = changes.gather(layout.root, chapters, figures)
    inputs = website.Inputs(edition, chapters, info, release, report.output_name(edition), pdf.read_bytes(), what)
    site = website.files(layout, inputs)
    print("• Sjekker sidene for personopplysninger og interne merkinger", flush=True)
    publication.refuse_leaks_in_site(layout, site)
    out = layout.build / SITE_DIR
    work = Path(tempfile.mkdtemp(prefix=".nettside-ny-", dir=layout.build))
    work.chmod(0o755)  # mkdtemp makes it private; a site is for everyone to read
    try:
        for name, data in site.items():
            atomic.write_bytes(work / name, data)
        atomic.write_text(work / checksums.NAME, checksums.sha256sums(work))
        atomic.replace_folder(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"Ferdig: {layout.rel(out / website.INDEX)}")
    return 0
