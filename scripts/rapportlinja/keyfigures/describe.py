"""Deviations in Norwegian labels, for `rapport nokkeltall avvik` and the agendas (bokmål or nynorsk)."""

from __future__ import annotations

from rapportlinja.base.labels import labels_for
from rapportlinja.keyfigures.deviation import HIGHER, Assessment
from rapportlinja.keyfigures.numformat import difference, with_unit

_WORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju", 8: "åtte", 9: "ni", 10: "ti"}  # nb = nn


def sentence(a: Assessment, language: str) -> str:
    """«Sykefravær i barnevernstjenesten, 1. halvår 2025: 10,8 %, 4,2 prosentpoeng høyere enn snittet …»."""
    labels = labels_for(language)
    ind = a.indicator
    value = with_unit(a.value, ind.decimals, ind.unit)
    kinds = labels.kinds[a.period.kind]  # «årene», «halvåra»
    if not a.assessed:
        return labels.deviation_not_assessed.format(
            name=ind.name,
            period=a.period.label,
            value=value,
            needed=ind.rule.periods,
            kinds=kinds,
            kind=a.period.kind,  # «år», «halvår»: the plural without the article
            earlier=a.earlier,
        )
    mean = with_unit(a.mean, ind.decimals, ind.unit)
    earlier = labels.deviation_earlier.format(count=_WORDS.get(a.earlier, str(a.earlier)), kinds=kinds)
    if not a.deviates:
        return labels.deviation_inside.format(
            name=ind.name, period=a.period.label, value=value, earlier=earlier, mean=mean
        )
    text = labels.deviation_outside.format(
        name=ind.name,
        period=a.period.label,
        value=value,
        size=difference(a.size, ind.decimals, ind.unit),
        direction=labels.deviation_higher if a.direction == HIGHER else labels.deviation_lower,
        earlier=earlier,
        mean=mean,
    )
    if a.better is None:
        return text
    return text + " " + (labels.deviation_better if a.better else labels.deviation_worse)
