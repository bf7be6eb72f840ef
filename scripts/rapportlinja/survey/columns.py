"""Match the export's columns to the survey's questions; identifying columns are dropped unread."""

from __future__ import annotations

import re
from typing import NamedTuple

from rapportlinja.base.errors import UserError
from rapportlinja.base.personal.masking import UserText
from rapportlinja.survey.questions import SURVEY_FILE, Survey

# The columns Microsoft Forms puts before the questions: Norwegian and English exports.
# They are skipped by name and their values never leave this process.
IDENTIFYING = frozenset(
    {
        "id",
        "starttidspunkt",
        "fullføringstidspunkt",
        "e-post",
        "e-postadresse",
        "navn",
        "tidspunkt for siste endring",
        "start time",
        "completion time",
        "email",
        "name",
        "last modified time",
    }
)
_SPACE = re.compile(r"\s+")


class Columns(NamedTuple):
    sector: int
    statements: tuple[int, ...]  # in the survey's order
    open_questions: tuple[int, ...]


def normalized(text: str) -> str:
    return _SPACE.sub(" ", text).strip().rstrip(":").strip().casefold()


def _find(headings: tuple[str, ...], question: str) -> int | None:
    """The column of `question`: its exact text, or «Spørsmål.Påstand» as Forms writes Likert rows."""
    wanted = normalized(question)
    for index, heading in enumerate(headings):
        name = normalized(heading)
        if name == wanted or name.endswith("." + wanted):
            return index
    return None


def match(headings: tuple[str, ...], survey: Survey) -> Columns:
    """Column indexes, or a UserError naming every question that is missing and every column not understood."""
    texts = [survey.sector_question, *(s.text for s in survey.statements), *(q.text for q in survey.open_questions)]
    found = [_find(headings, text) for text in texts]
    missing = [text for text, index in zip(texts, found, strict=True) if index is None]
    used = {index for index in found if index is not None}
    unknown = [h for i, h in enumerate(headings) if i not in used and normalized(h) not in IDENTIFYING and h.strip()]
    problems = [f"  mangler kolonnen for «{text}»" for text in missing]
    problems += [f"  kolonnen «{UserText(heading)}» er ikke et spørsmål i {SURVEY_FILE}" for heading in unknown]
    if problems:
        raise UserError(
            "Eksporten passer ikke med spørsmålene:\n" + "\n".join(problems),
            f"Spørsmålene i Forms må ha samme tekst som i {SURVEY_FILE}. Ingenting er skrevet.",
        )
    statements = len(survey.statements)
    indexes = [index for index in found if index is not None]
    return Columns(indexes[0], tuple(indexes[1 : 1 + statements]), tuple(indexes[1 + statements :]))
