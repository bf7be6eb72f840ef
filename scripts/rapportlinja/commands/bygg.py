"""`rapport bygg`: check the report, then build it into build/ as an accessible PDF."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from rapportlinja.base import atomic, gitinfo
from rapportlinja.base import layout as layout_module
from rapportlinja.base.layout import Layout
from rapportlinja.commands import inputs, publication
from rapportlinja.read.repository import open_repository, read_language
from rapportlinja.render import report
from rapportlinja.render.report import Progress
from rapportlinja.report.model import Chapter, Edition

# The progress lines in nynorsk for a report with «målform: nn» (the build's own words; what the checks say
# stays bokmål). Replaced by phrase, so the renderer's messages need no language of their own.
_NYNORSK = (
    ("Sjekker innholdet", "Sjekkar innhaldet"),
    ("Gjør om ", "Gjer om "),
    (" kapitler med pandoc", " kapittel med pandoc"),
    ("Setter sammen PDF", "Set saman PDF"),
    (
        "Sjekker den ferdige PDF-en for personopplysninger og interne merkinger",
        "Sjekkar den ferdige PDF-en for personopplysningar og interne merkingar",
    ),
)


def in_language(message: str, language: str) -> str:
    if language == "nn":
        for bokmal, nynorsk in _NYNORSK:
            message = message.replace(bokmal, nynorsk)
    return message


def run(verbose: bool = False, root: Path | None = None, release: str | None = None) -> int:
    started = time.perf_counter()
    layout = layout_module.find(root)
    language = read_language(layout)

    def progress(message: str) -> None:
        suffix = f" ({time.perf_counter() - started:.2f} s)" if verbose else ""
        print(f"• {in_language(message, language)}{suffix}", flush=True)

    progress("Sjekker innholdet")
    refusal = "Rapporten har feil og vart ikkje bygd." if language == "nn" else "Rapporten har feil og ble ikke bygget."
    with open_repository(layout) as repo:
        snapshot = inputs.read_checked(repo, refusal)
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
