"""`rapport arkiv`: the released edition for the tag on HEAD, with its arkivmelding.xml, ready to file.

Run after `rapport utgivelse` (the release step in CI can call both): the package holds the very bytes
that were released, so its checksum is the one in the release's SHA256SUMS. It goes to
build/arkiv/utgivelse/<tag>/, beside the release and not in it, so the release stays as it was published.
"""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.pipeline import inputs
from rapportlinja.read import repository, tags
from rapportlinja.render import filing, report


def run(root: Path | None = None) -> int:
    layout = layout_module.find(root)
    release = tags.current(layout.root)
    _, settings = inputs.filing_settings(layout)
    edition = repository.read(layout).edition_record()
    assert edition is not None  # filing_settings has refused a broken edition
    name = report.output_name(edition)
    released = layout.build / "utgivelse" / release.tag / name
    if not released.is_file():
        raise UserError(
            f"Fant ikke {layout.rel(released)}.", f"Lag utgivelsen først med «rapport utgivelse» ({release.tag})."
        )
    pdf = released.read_bytes()
    record = filing.edition_record(edition, release.tag, release.date, settings, name, pdf)
    out = filing.write_package(layout.build / "arkiv" / "utgivelse" / release.tag, pdf, record)
    print(layout.rel(out / filing.MESSAGE))
    return 0
