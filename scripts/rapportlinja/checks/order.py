"""The chapter order in report/rapport.yaml against the chapter files on disk."""

from __future__ import annotations

from collections import Counter

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.report.snapshot import Snapshot


def check_order(snapshot: Snapshot) -> list[Finding]:
    edition = snapshot.edition
    if not edition.ok:
        return []
    order: list[str] = edition.data["kapitler"]
    rel = edition.rel
    findings = []
    counts = Counter(order)
    for index, name in enumerate(order):
        line, column = yamldoc.position(edition.nodes, ("kapitler", index), 1)
        if counts[name] > 1:
            findings.append(
                error(
                    rel,
                    line,
                    column,
                    f"«{name}» står flere ganger i kapittellisten.",
                    "Slett den ene linjen.",
                    "order.duplicate",
                )
            )
        if name not in snapshot.chapters:
            findings.append(
                error(
                    rel,
                    line,
                    column,
                    f"Kapittelet «{name}» står i rekkefølgen, men filen finnes ikke.",
                    did_you_mean(name, snapshot.chapters) or "Opprett filen i report/kapitler/ eller fjern linjen.",
                    "order.missing-file",
                )
            )
    for name, chapter in snapshot.chapters.items():
        if name in counts:
            continue
        if _public(chapter.loaded.data):
            findings.append(
                error(
                    chapter.loaded.rel,
                    0,
                    0,
                    "Kapittelfilen står ikke i rekkefølgen i report/rapport.yaml.",
                    f"Legg til «- {name}» under kapitler: i report/rapport.yaml, eller slett filen.",
                    "order.not-listed",
                )
            )
        else:
            # A chapter that is not public may be kept out of the public report on purpose.
            findings.append(
                warning(
                    chapter.loaded.rel,
                    0,
                    0,
                    "Kapittelet er ikke offentlig og holdes utenfor rapporten.",
                    "Det kommer med når det er «offentlig» og står i kapitler: i report/rapport.yaml.",
                    "order.not-public",
                )
            )
    findings += _positions(snapshot, order)
    return findings


def _positions(snapshot: Snapshot, order: list[str]) -> list[Finding]:
    """Two files with the same number, or numbers that do not follow the order."""
    rel = snapshot.edition.rel
    findings = []
    by_number: dict[str, list[str]] = {}
    for name in snapshot.chapters:
        by_number.setdefault(_number(name), []).append(name)
    for number, names in sorted(by_number.items()):
        if len(names) > 1 and number.isdigit():
            for name in names:
                findings.append(
                    error(
                        snapshot.chapters[name].loaded.rel,
                        0,
                        0,
                        f"Kapittelnummer {number} brukes av flere filer: {', '.join(names)}.",
                        "Gi hver kapittelfil sitt eget nummer.",
                        "order.duplicate-number",
                    )
                )
    numbers = [int(_number(name)) for name in order if _number(name).isdigit()]
    if numbers != sorted(numbers):
        findings.append(
            warning(
                rel,
                *yamldoc.key_position(snapshot.edition.nodes, ("kapitler",), 1),
                "Numrene i filnavnene følger ikke rekkefølgen i kapittellisten.",
                "Gi filene nye numre så de stemmer med rekkefølgen; det gjør repositoriet lettere å lese.",
                "order.numbering",
            )
        )
    return findings


def _number(name: str) -> str:
    """The position number in a chapter file name: «04» in «04-bemanning.md»."""
    return name.split("-", 1)[0]


def _public(data: object) -> bool:
    return not isinstance(data, dict) or data.get("klassifisering", "offentlig") == "offentlig"
