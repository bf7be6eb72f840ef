"""`rapport utgivelse`: the whole edition for the tag on HEAD, built once, in build/utgivelse/<tag>/.

One folder holds every file of the edition: the report PDF, the release notes, the web edition's pages
and one SHA256SUMS over them all. The GitHub release takes the PDF and SHA256SUMS from it (its notes as
the text), GitHub Pages takes the folder as it is: both channels get the same bytes, and the site's PDF
is the released one, with the approvers in «Medvirkning». The release job in CI calls this, so anyone can
reproduce a release locally: the same tag gives the same bytes (the build time is the tagged commit's
time). A release is public: it never holds the internal agendas.
"""

from __future__ import annotations

from pathlib import Path

import git

from rapportlinja.base import layout as layout_module
from rapportlinja.checks import example_identity
from rapportlinja.pipeline import edition, inputs, publish
from rapportlinja.read import tags
from rapportlinja.read.repository import open_repository
from rapportlinja.release import guard
from rapportlinja.render import report

RELEASE_DIR = "utgivelse"


def run(root: Path | None = None, branch: str | None = None) -> int:
    """`branch`: the default branch the tag must be on (default: origin/HEAD, origin/main, … whichever exists)."""
    layout = layout_module.find(root)
    release = tags.current(layout.root)
    with open_repository(layout) as repo:
        snapshot = inputs.read_checked(repo, f"Rapporten har feil, så {release.tag} ble ikke laget.")
        record = snapshot.edition_record()
        assert record is not None
        statuses = [guard.ChapterStatus(chapter.rel, chapter.status) for chapter in snapshot.chapter_records()]
        guard.check(git.Repo(layout.root), release, record.year, statuses, branch)
        example_identity.release_refusal(layout, snapshot.edition.data, release.tag)
        print(f"• Bygger {report.output_name(record)} og nettutgaven for {release.tag}", flush=True)
        sources = edition.Sources(layout, snapshot, repo.keyfigures.figures, edition.build_info(layout), release.tag)
        files = edition.build(sources, lambda _: None, release)
        # Inside the same reading: the last scan reads the allow-list and the edition as the checks did.
        print("• Sjekker utgaven for personopplysninger og interne merkinger", flush=True)
        out = publish.folder(layout, files, layout.build / RELEASE_DIR / release.tag)
    print(f"Ferdig: {layout.rel(out)}/")
    return 0
