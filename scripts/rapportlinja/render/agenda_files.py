"""Write an agenda as Markdown and as an accessible PDF under build/agenda/<linje>/<dato>."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base import atomic
from rapportlinja.base.layout import Layout
from rapportlinja.meetings.agenda import Agenda
from rapportlinja.meetings.routine import Routine
from rapportlinja.meetings.wording import View, view
from rapportlinja.render import agenda_fit as fit
from rapportlinja.render import filing, templating, wheel_deadlines
from rapportlinja.render.document import Document


class Written(NamedTuple):
    markdown: Path
    pdf: Path


def markdown_text(
    agenda: Agenda, routine: Routine, deadlines: tuple[str, ...] = (), codes: Mapping[str, str] | None = None
) -> str:
    return templating.render_markdown("agenda.md.j2", v=view(agenda, routine, codes), deadlines=deadlines)


def typst_text(
    agenda: Agenda, routine: Routine, deadlines: tuple[str, ...] = (), codes: Mapping[str, str] | None = None
) -> str:
    labels = view(agenda, routine, codes)
    return templating.render(
        "agenda.typ.j2", v=labels, doc=_document(agenda, labels), labels=labels.labels, deadlines=deadlines
    )


def _document(agenda: Agenda, labels: View) -> Document:
    # The PDF's date is the meeting's, so the same inputs give the same bytes.
    return Document(
        title=f"{labels.title} – {labels.subtitle}",
        author=agenda.line.recipient,
        keywords=(labels.labels.agenda.lower(), agenda.line.id, labels.marking),
        year=agenda.date.year,
        month=agenda.date.month,
        day=agenda.date.day,
        lang=agenda.language,
        heading_numbering="1.",
        marking=labels.marking,
        running_title=labels.subtitle,
        watermark="",
        bare_pages=0,
    )


def timestamp(date: dt.date) -> int:
    return int(dt.datetime.combine(date, dt.time(12), tzinfo=dt.UTC).timestamp())


def pdf_bytes(
    layout: Layout,
    agenda: Agenda,
    routine: Routine,
    deadlines: tuple[str, ...] = (),
    codes: Mapping[str, str] | None = None,
) -> bytes:
    layout.build.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".arbeid-", dir=layout.build))
    try:
        main = workdir / "dagsorden.typ"
        main.write_text(typst_text(agenda, routine, deadlines, codes), encoding="utf-8")
        return fit.fitted_pdf(main, layout.root, timestamp(agenda.date))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def target(layout: Layout, agenda: Agenda) -> Path:
    return layout.build / "agenda" / agenda.line.id / agenda.date.isoformat()


def write(layout: Layout, agenda: Agenda, routine: Routine) -> Written:
    base = target(layout, agenda)
    md_path, pdf_path = base.with_suffix(".md"), base.with_suffix(".pdf")
    # Annual-wheel deadlines in the six weeks after the meeting (report/arshjul.yaml), if there is a wheel.
    deadlines = wheel_deadlines.agenda_lines(layout, agenda.date, agenda.language)
    codes = filing.access_codes(layout)  # the archive's tilgangskoder, so the printed pair is the filed one
    atomic.write_text(md_path, markdown_text(agenda, routine, deadlines, codes))
    atomic.write_bytes(pdf_path, pdf_bytes(layout, agenda, routine, deadlines, codes))
    return Written(md_path, pdf_path)
