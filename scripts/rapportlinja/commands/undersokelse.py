"""`rapport undersokelse skjema|importer FIL`: the partner survey from questions to the chapter's data."""

from __future__ import annotations

import sys
from pathlib import Path

from rapportlinja.base import atomic, confine
from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.base.findings_text import refuse_on_errors
from rapportlinja.checks.survey import check_survey
from rapportlinja.read import survey_export
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.survey import aggregate, columns, forms, output, questions, screening

FORM_FILE = "build/undersokelse/samarbeid-forms.txt"


def read_survey(layout: layout_module.Layout) -> questions.Survey:
    path = layout.root / questions.SURVEY_FILE
    if not path.exists():
        raise UserError(
            f"Fant ikke {questions.SURVEY_FILE}.", "Spørsmålene til undersøkelsen står i den filen; se README."
        )
    refuse_on_errors(check_survey(layout, None), 1, f"{questions.SURVEY_FILE} har feil; rett dem og prøv igjen.")
    return questions.survey_from(load_yaml_file(path, questions.SURVEY_FILE, "samarbeid").data)


def run_form(root: Path | None = None) -> int:
    layout = layout_module.find(root)
    survey = read_survey(layout)
    target = confine.resolve(layout.root, FORM_FILE)
    atomic.write_text(target, forms.text(survey))
    print(FORM_FILE)
    print(
        "Lim inn teksten i et Word-dokument og bruk «Hurtigimport» i Microsoft Forms, "
        "eller lim inn spørsmål for spørsmål."
    )
    print(forms.advice(survey))
    return 0


def _report_language(layout: layout_module.Layout) -> str:
    """The report's målform for the data file's comment; bokmål when report/rapport.yaml cannot say."""
    edition = load_yaml_file(layout.edition_file, layout.rel(layout.edition_file), "rapport")
    language = edition.data.get("målform") if edition.ok and isinstance(edition.data, dict) else None
    return language if language in ("nb", "nn") else "nb"


def _report_year(layout: layout_module.Layout) -> int:
    edition = load_yaml_file(layout.edition_file, layout.rel(layout.edition_file), "rapport")
    if not edition.ok:
        raise UserError(
            "report/rapport.yaml har feil, så rapportåret er ukjent.", "Gi året med --år, eller rett filen."
        )
    year: int = edition.data["år"]
    return year


def _write_free_text(layout: layout_module.Layout, target: Path | None, text: str) -> None:
    """Free-text answers go only where the writer asks, outside the repository; never into it."""
    if not text:
        return
    if target is None:
        print("Fritekstsvarene er ikke lagret. Gi --fritekst FIL (utenfor repositoriet) for å lese dem.")
        return
    if layout.inside(target) or layout.inside(target.parent):
        raise UserError(
            "Fritekstsvarene kan ikke skrives inne i repositoriet.", "Gi en fil utenfor, for eksempel i Nedlastinger."
        )
    atomic.write_text(target, text)
    print(f"Fritekstsvarene (bare til deg som skriver kapitlet): {target}")


def run_import(
    export_path: Path,
    year: int | None = None,
    replace: bool = False,
    root: Path | None = None,
    free_text: Path | None = None,
) -> int:
    """Read the export in memory, refuse personal data, and write only the sums (atomically)."""
    layout = layout_module.find(root)
    survey = read_survey(layout)
    if layout.inside(export_path):
        print(
            f"Merk: {export_path.name} ligger i repositoriet. Flytt eksporten ut; den skal aldri committes.",
            file=sys.stderr,
        )
    export = survey_export.read(export_path)
    matched = columns.match(export.headings, survey)
    screening.refuse_personal_data(export, matched, survey)
    result = aggregate.aggregate(export, matched, survey, year or _report_year(layout))
    rel = output.data_file(result.year)
    target = confine.resolve(layout.root, rel)
    text = output.yaml_text(result, survey, _report_language(layout))
    if replace:
        atomic.write_text(target, text)
    else:
        try:
            atomic.create_text(target, text)
        except FileExistsError:
            raise UserError(
                f"{rel} finnes fra før og blir ikke overskrevet.", "Bruk --erstatt for å erstatte den."
            ) from None
    print(f"{len(export.rows)} svar lest; identifiserende kolonner (ID, navn, e-post, tidspunkter) er ikke brukt.")
    _write_free_text(layout, free_text, output.free_text(result))
    print("\n".join(output.summary(result)))
    print(rel)
    return 0
