"""Every text the tool itself writes into a document, in bokmål and nynorsk."""

from __future__ import annotations

import datetime as dt

LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "contents": "Innhold",
        "page": "Side",
        "of": "av",
        "draft": "UTKAST",
        "draft_notice": "Utkast – ikke endelig versjon",
        "version": "Versjon",
        "draft_version": "utkast",
        "commit": "Git-commit",
        "not_in_git": "ikke i Git",
        "uncommitted": "med endringer som ikke er lagret i Git",
        "built": "Bygget",
        "colophon": "Om dokumentet",
        "responsible": "Ansvarlig",
        "treatment": "Politisk behandling",
        "municipality_number": "Kommunenummer",
        "figure": "Figur",
        "table": "Tabell",
        "report_year": "Rapportår",
        "legal_basis": "Rapporten er utarbeidet etter barnevernsloven § 15-3 femte ledd.",
        "produced_with": "Laget med Rapportlinja fra tekstfiler i Git; kildene ligger i repositoriet.",
        "chapter_status": "Status for kapitlene",
        "revised": "Sist revidert",
        "number": "Nr.",
        "chapter": "Kapittel",
    },
    "nn": {
        "contents": "Innhald",
        "page": "Side",
        "of": "av",
        "draft": "UTKAST",
        "draft_notice": "Utkast – ikkje endeleg versjon",
        "version": "Versjon",
        "draft_version": "utkast",
        "commit": "Git-commit",
        "not_in_git": "ikkje i Git",
        "uncommitted": "med endringar som ikkje er lagra i Git",
        "built": "Bygd",
        "colophon": "Om dokumentet",
        "responsible": "Ansvarleg",
        "treatment": "Politisk handsaming",
        "municipality_number": "Kommunenummer",
        "figure": "Figur",
        "table": "Tabell",
        "report_year": "Rapportår",
        "legal_basis": "Rapporten er utarbeidd etter barnevernslova § 15-3 femte ledd.",
        "produced_with": "Laga med Rapportlinja frå tekstfiler i Git; kjeldene ligg i repositoriet.",
        "chapter_status": "Status for kapitla",
        "revised": "Sist revidert",
        "number": "Nr.",
        "chapter": "Kapittel",
    },
}

_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "desember")  # the same in bokmål and nynorsk


def labels(language: str) -> dict[str, str]:
    return LABELS[language]


def long_date(date: dt.date) -> str:
    """«6. mai 2026», as Norwegian documents write dates."""
    return f"{date.day}. {_MONTHS[date.month - 1]} {date.year}"
