"""Sum the answers per sector: count, distribution 1–5 and mean; groups under the minimum are hidden."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from rapportlinja.base.errors import UserError
from rapportlinja.base.personal.masking import UserText
from rapportlinja.survey.columns import Columns, normalized
from rapportlinja.survey.export import Export
from rapportlinja.survey.questions import Survey

_LEADING_SCORE = re.compile(r"^\s*([1-5])(?:[.,]0+)?(?:\s|$|[–\-:.)])")


class Score(NamedTuple):
    id: str
    short: str
    answers: int
    distribution: tuple[int, int, int, int, int]
    mean: float | None  # rounded to one decimal


class Sector(NamedTuple):
    name: str
    answers: int
    shown: bool
    scores: tuple[Score, ...]  # empty when hidden
    comments: tuple[tuple[str, tuple[str, ...]], ...]  # (question id, answers sorted), empty when hidden


class Aggregate(NamedTuple):
    year: int
    minimum: int
    sectors: tuple[Sector, ...]
    overall: Sector  # the shown sectors together: a hidden group cannot be worked out by subtraction


def score_of(cell: Any, survey: Survey, row: int, question: str) -> int | None:
    """1–5 from «4», 4, 4.0, «4 – Litt enig» or the label «Litt enig»; None when not answered."""
    if cell is None or str(cell).strip() == "":
        return None
    if isinstance(cell, int | float) and not isinstance(cell, bool) and float(cell).is_integer() and 1 <= cell <= 5:
        return int(cell)
    text = str(cell)
    match = _LEADING_SCORE.match(text)
    if match:
        return int(match.group(1))
    labels = [normalized(label) for label in survey.scale]
    if normalized(text) in labels:
        return labels.index(normalized(text)) + 1
    raise UserError(
        f"Rad {row}, spørsmålet «{question}»: «{UserText(text[:40])}» er ikke et svar på skalaen 1–5.",
        "Svarene skal være 1–5 eller tekstene i «skala». Ingenting er skrevet.",
    )


def sector_of(cell: Any, survey: Survey, row: int) -> str:
    wanted = normalized(str(cell or ""))
    for name in survey.sectors:
        if normalized(name) == wanted:
            return name
    raise UserError(
        f"Rad {row}: «{UserText(str(cell or '')[:40])}» er ikke en av sektorene ({', '.join(survey.sectors)}).",
        "Sektorene i Forms må ha samme tekst som «sektor.valg» i spørsmålsfilen. Ingenting er skrevet.",
    )


def _scores(rows: Sequence[tuple[Any, ...]], columns: Columns, survey: Survey) -> tuple[Score, ...]:
    scores = []
    for statement, index in zip(survey.statements, columns.statements, strict=True):
        values = [v for v in (score_of(row[index], survey, 0, statement.text) for row in rows) if v is not None]
        counts = tuple(values.count(value) for value in range(1, 6))
        mean = round(sum(values) / len(values), 1) if values else None
        scores.append(Score(statement.id, statement.short, len(values), counts, mean))  # type: ignore[arg-type]
    return tuple(scores)


def _sector(name: str, rows: list[tuple[Any, ...]], columns: Columns, survey: Survey) -> Sector:
    if len(rows) < survey.minimum_group:
        return Sector(name, len(rows), False, (), ())
    comments = tuple(
        (
            question.id,
            tuple(
                sorted(str(row[index]).strip() for row in rows if row[index] is not None and str(row[index]).strip())
            ),
        )
        for question, index in zip(survey.open_questions, columns.open_questions, strict=True)
    )
    return Sector(name, len(rows), True, _scores(rows, columns, survey), comments)


def aggregate(export: Export, columns: Columns, survey: Survey, year: int) -> Aggregate:
    by_sector: dict[str, list[tuple[Any, ...]]] = {name: [] for name in survey.sectors}
    for offset, row in enumerate(export.rows):
        by_sector[sector_of(row[columns.sector], survey, offset + 2)].append(row)
        for statement, index in zip(survey.statements, columns.statements, strict=True):
            score_of(row[index], survey, offset + 2, statement.text)  # every bad cell is named by its row
    sectors = tuple(_sector(name, rows, columns, survey) for name, rows in by_sector.items())
    shown_rows = [row for sector in sectors if sector.shown for row in by_sector[sector.name]]
    overall = Sector("", len(shown_rows), bool(shown_rows), _scores(shown_rows, columns, survey), ())
    return Aggregate(year, survey.minimum_group, sectors, overall)
