"""The survey's questions (report/undersokelse/samarbeid.yaml) as typed records."""

from __future__ import annotations

from typing import Any, NamedTuple

SURVEY_FILE = "report/undersokelse/samarbeid.yaml"
MINIMUM_GROUP = 5


class Statement(NamedTuple):
    id: str
    text: str
    short: str


class OpenQuestion(NamedTuple):
    id: str
    text: str


class Survey(NamedTuple):
    title: str
    intro: str
    sector_question: str
    sectors: tuple[str, ...]
    scale: tuple[str, ...]  # the meaning of 1 … 5
    statements: tuple[Statement, ...]
    open_questions: tuple[OpenQuestion, ...]
    minimum_group: int


def survey_from(data: dict[str, Any]) -> Survey:
    return Survey(
        title=data["tittel"],
        intro=data.get("innledning", ""),
        sector_question=data["sektor"]["spørsmål"],
        sectors=tuple(data["sektor"]["valg"]),
        scale=tuple(data["skala"]),
        statements=tuple(Statement(s["id"], s["tekst"], s["kort"]) for s in data["påstander"]),
        open_questions=tuple(OpenQuestion(q["id"], q["tekst"]) for q in data.get("fritekst", [])),
        minimum_group=max(MINIMUM_GROUP, data.get("minste_gruppe", MINIMUM_GROUP)),
    )
