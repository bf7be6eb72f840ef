"""`rapport bygg`: check the report, then build it into build/ as an accessible PDF."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from rapportlinja.base import atomic, gitinfo
from rapportlinja.base import layout as layout_module
from rapportlinja.base.layout import Layout
from rapportlinja.commands import inputs, publication
from rapportlinja.read.repository import open_repository
from rapportlinja.render import report
from rapportlinja.render.report import Progress
from rapportlinja.report.model import Chapter, Edition


def run(verbose: bool = False, root: Path | None = None, release: str | None = None) -> int:
    started = time.perf_counter()

    def progress(message: str) -> None:
        suffix = f" ({time.perf_counter() - started:.2f} s)" if verbose else ""
        print(f"• {message}{suffix}", flush=True)

    layout = layout_module.find(root)
    progress("Sjekker innholdet")
    with open_repository(layout) as repo:
        snapshot = inputs.read_checked(repo, "Rapporten har feil og ble ikke bygget.")
        edition = snapshot.edition_record()
        assert edition is not None
        output = write_report(layout, edition, snapshot.chapter_records(), release, progress)
    print(f"Ferdig: {layout.rel(output)}")
    return 0


def write_report(
    layout: Layout, edition: Edition, chapters: list[Chapter], release: str | None, progress: Progress
) -> Path:
    """Build the PDF and put it in build/; also what `rapport utgivelse` calls."""

    info = gitinfo.read(layout.root)
    show_warnings(info)
    data = report.build_pdf(layout, edition, chapters, info, release, progress)
    progress("Sjekker den ferdige PDF-en for personopplysninger og interne merkinger")
    publication.refuse_leaks_in_pdf(layout, report.output_name(edition), data)
    output = layout.build / report.output_name(edition)
    atomic.write_bytes(output, data)  # the previous PDF stays until the new one is whole
    return output


def show_warnings(info: gitinfo.BuildInfo) -> None:
    """What Git could not tell (a shallow clone, a tag on a tree): said once, before the build."""
    for text in info.warnings:
        print(f"advarsel: {text}", file=sys.stderr, flush=True)
