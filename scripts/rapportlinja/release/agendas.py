"""The agendas for the period after a release, from the meetings part of the tool."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from rapportlinja.base.layout import Layout
from rapportlinja.meetings.state import Meetings
from rapportlinja.render.upcoming import write_upcoming_agendas

PERIOD_DAYS = 62  # about two months: the next two monthly meetings on each line


def write(layout: Layout, meetings: Meetings, from_date: dt.date, out: Path) -> list[Path]:
    """Write the upcoming agendas and copy them into `out` under flat, unique names.

    Release assets cannot be folders, hence the flat names.
    """
    produced = write_upcoming_agendas(layout, meetings, from_date, days=PERIOD_DAYS)
    out.mkdir(parents=True, exist_ok=True)
    copied = []
    for source in produced:
        target = out / flat_name(layout, Path(source))
        shutil.copyfile(source, target)
        copied.append(target)
    return sorted(copied)


def flat_name(layout: Layout, source: Path) -> str:
    """build/agenda/<linje>/<dato>.pdf → agenda-<linje>-<dato>.pdf."""
    try:
        parts = source.relative_to(layout.build).parts
    except ValueError:
        parts = (source.name,)
    parts = parts[1:] if len(parts) > 1 and parts[0].startswith("agenda") else parts
    return "agenda-" + "-".join(parts)
