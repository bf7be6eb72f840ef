"""Deviations in Norwegian words, for `rapport nokkeltall avvik` and the agendas."""

from __future__ import annotations

from rapportlinja.figures.deviation import Assessment
from rapportlinja.figures.numformat import difference, with_unit

_KIND_PLURAL = {"år": "årene", "halvår": "halvårene"}
_WORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju", 8: "åtte", 9: "ni", 10: "ti"}


def sentence(a: Assessment) -> str:
    """«Sykefravær i barnevernstjenesten, 2025H1: 10,8 %, 4,2 prosentpoeng høyere enn snittet …»."""
    ind = a.indicator
    value = with_unit(a.value, ind.decimals, ind.unit)
    if not a.assessed:
        return (
            f"{ind.name}, {a.period}: {value}. Ikke vurdert: regelen trenger {ind.rule.periods} "
            f"foregående {_KIND_PLURAL[a.period.kind]}, men det finnes bare {a.earlier}."
        )
    mean = with_unit(a.mean, ind.decimals, ind.unit)
    earlier = f"de {_WORDS.get(a.earlier, str(a.earlier))} foregående {_KIND_PLURAL[a.period.kind]}"
    if not a.deviates:
        return f"{ind.name}, {a.period}: {value}, innenfor det vanlige nivået for {earlier} (snitt {mean})."
    size = difference(a.size, ind.decimals, ind.unit)
    verdict = {True: " Bedre enn normalt.", False: " Verre enn normalt.", None: ""}[a.better]
    return f"{ind.name}, {a.period}: {value}, {size} {a.direction} enn snittet for {earlier} ({mean}).{verdict}"
