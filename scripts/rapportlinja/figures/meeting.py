"""The key figures an agenda raises under «Nøkkeltall – avvik fra normalen»."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapportlinja import layout as layout_module
from rapportlinja.errors import UserError
from rapportlinja.figures import describe, latest, store

TOPIC = "Nøkkeltall"  # resolves to the line's «Nøkkeltall – avvik fra normalen»


def deviation_texts(date: dt.date, root: Path | None = None) -> list[str]:
    """One sentence per figure known by `date` that departs from its usual level.

    Nothing when the repository has no key figures; broken key figures are `rapport
    sjekk`'s business, and an agenda must still be made, so they give nothing here too.
    """
    try:
        layout = layout_module.find(root)
    except UserError:
        return []
    figures = store.read(layout).figures
    if figures is None:
        return []
    return [describe.sentence(a) for a in latest.deviations(figures, as_of=date)]
