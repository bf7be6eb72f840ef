"""The key figures an agenda raises under «Nøkkeltall – avvik fra normalen»."""

from __future__ import annotations

import datetime as dt

from rapportlinja.keyfigures import describe, latest
from rapportlinja.keyfigures.model import Figures

TOPIC = "Nøkkelta"  # a prefix of the line's «Nøkkeltall – avvik fra normalen» (nb) and «Nøkkeltal – …» (nn)


def deviation_texts(figures: Figures | None, date: dt.date, language: str) -> list[str]:
    """One sentence per figure known by `date` that departs from its usual level, in `language`.

    Nothing when the repository has no key figures; broken key figures are `rapport
    sjekk`'s business, and an agenda must still be made, so they give nothing here too.
    """
    if figures is None:
        return []
    return [describe.sentence(a, language) for a in latest.deviations(figures, as_of=date)]
