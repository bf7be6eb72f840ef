"""`rapport bygg`: check the report, then build it into build/ as an accessible PDF."""

from __future__ import annotations

import time
from pathlib import Path

from rapportlinja.base import layout as layout_module
from rapportlinja.pipeline import edition, inputs, publish
from rapportlinja.read.repository import Repository, open_repository, read_language

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
    with open_repository(layout) as repo:  # one reading: every input file is opened once, the last scan too
        return _build(layout, repo, started, verbose, release)


def _build(layout: layout_module.Layout, repo: Repository, started: float, verbose: bool, release: str | None) -> int:
    language = read_language(layout)

    def progress(message: str) -> None:
        suffix = f" ({time.perf_counter() - started:.2f} s)" if verbose else ""
        print(f"• {in_language(message, language)}{suffix}", flush=True)

    progress("Sjekker innholdet")
    refusal = "Rapporten har feil og vart ikkje bygd." if language == "nn" else "Rapporten har feil og ble ikke bygget."
    snapshot = inputs.read_checked(repo, refusal)
    sources = edition.Sources(layout, snapshot, repo.keyfigures.figures, edition.build_info(layout), release)
    [(name, data)] = edition.report_pdf(sources, progress).items()
    progress("Sjekker den ferdige PDF-en for personopplysninger og interne merkinger")
    # The previous PDF stays until the new one is whole.
    output = publish.file(layout, name, data, layout.build / name)
    print(f"Ferdig: {layout.rel(output)}")
    return 0
