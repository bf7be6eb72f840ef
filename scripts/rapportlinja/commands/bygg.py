"""`rapport bygg`: check the report, then build it into build/ as an accessible PDF."""

from __future__ import annotations

import time
from pathlib import Path

from rapportlinja import atomic, gitinfo
from rapportlinja import layout as layout_module
from rapportlinja.checks.privacy import ALLOW_LIST, allowed_values
from rapportlinja.checks.run import check_snapshot
from rapportlinja.content import repository
from rapportlinja.content.documents import load_yaml_file
from rapportlinja.content.model import Chapter, Edition
from rapportlinja.layout import Layout
from rapportlinja.privacy import egress, pdftext
from rapportlinja.render import report
from rapportlinja.render.report import Progress
from rapportlinja.reporters import text


def run(verbose: bool = False, root: Path | None = None, release: str | None = None) -> int:
    started = time.perf_counter()

    def progress(message: str) -> None:
        suffix = f" ({time.perf_counter() - started:.2f} s)" if verbose else ""
        print(f"• {message}{suffix}", flush=True)

    layout = layout_module.find(root)
    progress("Sjekker innholdet")
    snapshot = read_checked(layout, "Rapporten har feil og ble ikke bygget.")
    edition = snapshot.edition_record()
    assert edition is not None
    output = write_report(layout, edition, snapshot.chapter_records(), release, progress)
    print(f"Ferdig: {layout.rel(output)}")
    return 0


def read_checked(layout: Layout, refusal: str) -> repository.Snapshot:
    """The repository, checked: errors stop the caller with `refusal`, warnings are shown."""
    snapshot = repository.read(layout)
    text.refuse_on_errors(
        check_snapshot(snapshot),
        1 + len(snapshot.chapters),
        f"{refusal} Rett feilene over og prøv igjen.",
        "Kjør «rapport sjekk» for å se feilene alene.",
        show_warnings=True,
    )
    return snapshot


def published_allow_list(layout: Layout) -> frozenset[str]:
    """The reviewed public numbers and addresses (report/tillatte-tall.yaml) a document may show."""
    return allowed_values(load_yaml_file(layout.root / ALLOW_LIST, ALLOW_LIST, "personvern"))


def guard_publication(layout: Layout, name: str, data: bytes) -> None:
    """The last gate before a public PDF is written: its text, metadata, bookmarks and alt text."""
    egress.refuse_leaks(name, pdftext.parts(data), published_allow_list(layout))


def write_report(
    layout: Layout, edition: Edition, chapters: list[Chapter], release: str | None, progress: Progress
) -> Path:
    """Build the PDF and put it in build/; also what `rapport utgivelse` calls."""

    info = gitinfo.read(layout.root)
    data = report.build_pdf(layout, edition, chapters, info, release, progress)
    progress("Sjekker den ferdige PDF-en for personopplysninger og interne merkinger")
    guard_publication(layout, report.output_name(edition), data)
    output = layout.build / report.output_name(edition)
    atomic.write_bytes(output, data)  # the previous PDF stays until the new one is whole
    return output
