"""Write approved minutes as a PDF/A record under build/referat/<linje>/<dato>.pdf."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base import atomic
from rapportlinja.base.errors import UserError
from rapportlinja.base.layout import Layout
from rapportlinja.meetings.minutes import Minutes, minutes_from
from rapportlinja.meetings.routine import Routine
from rapportlinja.read import archive
from rapportlinja.render import filing, pdf, templating
from rapportlinja.render import minutes_record as record


class Built(NamedTuple):
    minutes: Minutes
    pdf: bytes


def write(layout: Layout, routine: Routine, line_id: str, date: dt.date) -> Path:
    target = layout.build / "referat" / line_id / f"{date.isoformat()}.pdf"
    atomic.write_bytes(target, build(layout, routine, line_id, date).pdf)
    return target


def build(layout: Layout, routine: Routine, line_id: str, date: dt.date) -> Built:
    """The approved minutes' PDF/A, in memory; refuses minutes that are missing, broken or not approved."""
    rel = f"meetings/{line_id}/{date.isoformat()}.md"
    found = next((f for f in archive.read(layout, (line_id,)).minutes if f.loaded.rel == rel), None)
    if found is None:
        raise UserError(f"Fant ikke {rel}.", "Sjekk linjen og datoen; referatet må finnes i meetings/.")
    if not found.loaded.ok:
        raise UserError(f"{rel} har feil.", "Kjør «rapport sjekk» og rett feilene først.")
    minutes = minutes_from(rel, found.loaded.data)
    if minutes.approved is None:
        raise UserError(
            f"{rel} er ikke godkjent ennå; bare godkjente referater arkiveres.",
            "Sett «godkjent: ÅÅÅÅ-MM-DD» når referatet er godkjent i neste møte.",
        )
    view = record.view(minutes, routine, found.loaded.body, filing.access_codes(layout))
    source = templating.render(
        "referat.typ.j2", v=view, doc=record.document(minutes, view, routine.language), labels=view.words
    )
    layout.build.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".arbeid-", dir=layout.build))
    try:
        main = workdir / "referat.typ"
        main.write_text(source, encoding="utf-8")
        noon = dt.datetime.combine(minutes.approved, dt.time(12), tzinfo=dt.UTC)
        data = pdf.compile_pdf(main, layout.root, int(noon.timestamp()))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return Built(minutes, data)
