"""Free-text answers with personal data stop the import: the same checks as `rapport sjekk`, masked."""

from __future__ import annotations

from typing import Any, NamedTuple

from rapportlinja.base.errors import UserError
from rapportlinja.privacy import KIND_NOUNS, find_probable_names, scan_text
from rapportlinja.survey.columns import Columns
from rapportlinja.survey.export import Export
from rapportlinja.survey.questions import Survey


class Problem(NamedTuple):
    row: int  # the row as Excel shows it (the headings are row 1)
    question: str
    what: str  # «et fødselsnummer (150385 *****)», never the whole value


def problems(export: Export, columns: Columns, survey: Survey) -> list[Problem]:
    found = []
    for offset, row in enumerate(export.rows):
        for question, index in zip(survey.open_questions, columns.open_questions, strict=True):
            value = _text(row[index])
            found += [
                Problem(offset + 2, question.text, f"{KIND_NOUNS[hit.kind]} ({hit.masked})") for hit in scan_text(value)
            ]
            found += [
                Problem(offset + 2, question.text, f"et navn ({hit.name[0]}{'*' * (len(hit.name) - 1)})")
                for hit in find_probable_names(value)
            ]
    return found


def refuse_personal_data(export: Export, columns: Columns, survey: Survey) -> None:
    found = problems(export, columns, survey)
    if found:
        lines = [f"  rad {p.row}, spørsmålet «{p.question}»: ser ut til å inneholde {p.what}" for p in found]
        raise UserError(
            "Fritekstsvar inneholder personopplysninger, så ingenting er skrevet:\n" + "\n".join(lines),
            "Slett eller skriv om svaret i Forms-eksporten (ikke i repositoriet) og importer på nytt.",
        )


def _text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()
