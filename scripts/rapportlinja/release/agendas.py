"""The agendas for the period after a release, from the meetings part of the tool."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from rapportlinja.layout import Layout

PERIOD_DAYS = 62  # about two months: the next two monthly meetings on each line


def write(layout: Layout, from_date: dt.date, out: Path) -> list[Path] | None:
    """Copy the upcoming agendas into `out` under flat, unique names (release assets cannot be folders).

    None when the meetings module is not installed.
    """
    try:
        from rapportlinja.meetings.upcoming import write_upcoming_agendas
    except ImportError:
        return None
    produced = write_upcoming_agendas(layout, from_date, days=PERIOD_DAYS)
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


def main() -> int:
    """`python -m rapportlinja.release.agendas`: draft agendas from today into build/agendaer/ (CI artifacts)."""
    from rapportlinja import layout as layout_module

    layout = layout_module.find()
    out = layout.build / "agendaer"
    out.mkdir(parents=True, exist_ok=True)
    written = write(layout, dt.date.today(), out)
    if written is None:
        print("Møtedelen (rapportlinja.meetings) er ikke installert; ingen agendaer laget.")
        return 0
    print(f"{len(written)} agendaer i {layout.rel(out)}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
