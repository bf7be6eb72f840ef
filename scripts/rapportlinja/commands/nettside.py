"""`rapport nettside`: a web edition of the working copy in build/nettside/ (index.html, the PDF, «Hva er nytt»,
CSV, SHA256SUMS), to read before a release.

A release's web edition is made by `rapport utgivelse`, with the release's own PDF: this command builds the
same edition through the same builders and the same publishing step, but for the checkout as it is.
"""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base import layout as layout_module
from rapportlinja.pipeline import edition, inputs, publish
from rapportlinja.read import tags
from rapportlinja.read.repository import open_repository
from rapportlinja.render import website

SITE_DIR = "nettside"


def run(root: Path | None = None) -> int:
    layout = layout_module.find(root)
    print("• Sjekker innholdet", flush=True)
    with open_repository(layout) as repo:
        snapshot = inputs.read_checked(repo, "Rapporten har feil, så nettutgaven ble ikke bygget.")
        info = edition.build_info(layout)
        # A clean checkout on a release tag gives the final edition; anything else is marked as a draft.
        release = info.tag if info.tag and tags.TAG.match(info.tag) and not info.dirty else None
        sources = edition.Sources(layout, snapshot, repo.keyfigures.figures, info, release)
        files = edition.build(sources, lambda message: print(f"• {message}", flush=True))
        # Inside the same reading: the last scan reads the allow-list and the edition as the checks did.
        print("• Sjekker nettutgaven og PDF-en for personopplysninger og interne merkinger", flush=True)
        out = publish.folder(layout, files, layout.build / SITE_DIR)
    print(f"Ferdig: {layout.rel(out / website.INDEX)}")
    return 0
