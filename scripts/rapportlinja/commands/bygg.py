"""`rapport bygg`: check the report, then build it into build/ as an accessible PDF."""

from __future__ import annotations

import time
from pathlib import Path

from rapportlinja.base import layout as layout_module
from rapportlinja.pipeline import edition, inputs, publish
from rapportlinja.read.repository import open_repository


def run(verbose: bool = False, root: Path | None = None, release: str | None = None) -> int:
    started = time.perf_counter()

    def progress(message: str) -> None:
        suffix = f" ({time.perf_counter() - started:.2f} s)" if verbose else ""
        print(f"• {message}{suffix}", flush=True)

    layout = layout_module.find(root)
    progress("Sjekker innholdet")
    with open_repository(layout) as repo:
        snapshot = inputs.read_checked(repo, "Rapporten har feil og ble ikke bygget.")
        sources = edition.Sources(layout, snapshot, repo.keyfigures.figures, edition.build_info(layout), release)
        [(name, data)] = edition.report_pdf(sources, progress).items()
    progress("Sjekker den ferdige PDF-en for personopplysninger og interne merkinger")
    # The previous PDF stays until the new one is whole.
    output = publish.file(layout, name, data, layout.build / name)
    print(f"Ferdig: {layout.rel(output)}")
    return 0
