"""The ```samarbeid block: the chapter shows the aggregate as a table, hidden groups said out loud."""

from __future__ import annotations

import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.blocks import registry
from rapportlinja.blocks.kind import Context
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
