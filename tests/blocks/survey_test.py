"""The ```samarbeid block: the chapter shows the aggregate as a table, hidden groups said out loud."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding
from rapportlinja.base.layout import Layout
from rapportlinja.blocks import registry
from rapportlinja.blocks.kind import Context
from rapportlinja.checks.run import check_repository
from rapportlinja.read.repository import open_repository
from tests.meetings.helpers import run
from tests.read.survey_export_test import DATA


def expand(body: str, root, language: str = "nb") -> str:
    return registry.expand(body, Context(root, language, 2025, None, rel="report/kapitler/x.md")).markdown


def test_block_becomes_a_table_with_decimal_commas(example):
    assert run(example, "undersokelse", "importer", str(DATA / "forms-samarbeid.xlsx"), "--år", "2030") == 0
    text = expand("Før\n\n```samarbeid\når: 2030\n```\n\nEtter\n", example)
    assert text.startswith("Før\n\n| Sektor | Svar | Kjenner meldeplikten |")
    assert "| NAV | færre enn 5 svar – vises ikke | – |" in text
    assert "| Helse | 8 | " in text and "," in text.split("| Helse | 8 | ")[1].split("|")[0]
    assert ": Samarbeidspartnernes vurdering av samarbeidet med barnevernstjenesten 2030" in text
    assert text.rstrip().endswith("Etter") and "```" not in text


def test_nynorsk(example):
    assert run(example, "undersokelse", "importer", str(DATA / "forms-samarbeid.xlsx"), "--år", "2030") == 0
    text = expand("```samarbeid\når: 2030\n```", example, "nn")
    assert "færre enn 5 svar – blir ikkje viste" in text and "| Samla |" in text


def test_missing_data_is_a_clear_error(example):
    with pytest.raises(UserError, match=r"report/data/samarbeid-2031\.yaml finnes ikke"):
        expand("```samarbeid\når: 2031\n```", example)


@pytest.mark.slow  # builds the report end to end
def test_example_chapter_renders_the_example_data(example, monkeypatch):
    from rapportlinja.cli import main
    from tests import pdfcheck

    monkeypatch.chdir(example)
    assert main(["bygg"]) == 0
    text = " ".join(" ".join(pdfcheck.read(example / "build/tilstandsrapport-2025.pdf").text).split())
    assert "Kilde: anonym spørreundersøkelse, 71 svar." in text


DATA_FILE = "report/data/samarbeid-2025.yaml"


def check_data(root: Path) -> list[Finding]:
    with open_repository(Layout(root)) as repo:
        return [f for f in check_repository(repo) if f.path == DATA_FILE]


def test_the_example_data_is_what_the_importer_writes(example: Path) -> None:
    assert check_data(example) == []


def test_a_data_file_without_its_totals_is_found_and_not_a_crash(example: Path) -> None:
    path = example / DATA_FILE
    text = path.read_text("utf-8")
    path.write_text(text[: text.index("samlet:")], "utf-8")
    findings = check_data(example)
    assert [(f.code, f.line) for f in findings] == [("schema.required", 1)]
    with pytest.raises(UserError, match=r"samarbeid-2025\.yaml kan ikke vises") as raised:
        expand("```samarbeid\n```", example)
    assert "«samlet»" in raised.value.details


def test_free_text_and_a_hidden_sectors_count_are_refused(example: Path) -> None:
    path = example / DATA_FILE
    text = path.read_text("utf-8")
    text = text.replace("  vises: true\n", "  vises: false\n", 1)  # hidden, but its count left in
    path.write_text(text + "fritekst:\n- Saksbehandleren var hyggelig.\n", "utf-8")
    found = [(f.code, f.message) for f in check_data(example)]
    assert any(message == "Ukjent nøkkel «fritekst»." for _, message in found)
    hidden = [m for code, m in found if code == "samarbeid.hidden-count"]
    assert hidden == [
        "Sektoren «Helse» vises ikke, men filen har «svar» for den.",
        "Sektoren «Helse» vises ikke, men filen har «påstander» for den.",
    ]
