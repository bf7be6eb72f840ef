"""`rapport saksframlegg`: the kommunedirektør's saksframlegg for this year's report, in build/ (Markdown).

A skeleton to paste into the case system: the committees and dates come from report/rapport.yaml, the
proposed decision takes the report into account; the assessment is the kommunedirektør's to write.
"""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.read import repository
from rapportlinja.render import report, saksframlegg


def run(root: Path | None = None) -> int:
    layout = layout_module.find(root)
    edition = repository.read(layout).edition_record()
    if edition is None:
        rel = layout.rel(layout.edition_file)
        raise UserError(f"{rel} har feil.", "Kjør «rapport sjekk» og rett feilene først.")
    print(layout.rel(saksframlegg.write(layout, edition, report.output_name(edition))))
    return 0
