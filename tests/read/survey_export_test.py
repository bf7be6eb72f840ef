"""`rapport undersokelse importer`: identifying columns dropped, small groups hidden, personal data refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from ruamel.yaml import YAML

from rapportlinja.base.personal.idnumber import complete_id_number
from tests.meetings.helpers import run
from tests.survey import exports

DATA = Path(__file__).parents[1] / "survey" / "data"
TARGET = "report/data/samarbeid-2030.yaml"


def imported(root: Path, export: Path, *options: str) -> dict:
    assert run(root, "undersokelse", "importer", str(export), "--år", "2030", *options) == 0
    return YAML(typ="safe").load((root / TARGET).read_text("utf-8"))


@pytest.mark.parametrize("name", ["forms-samarbeid.xlsx", "forms-samarbeid.csv"])
def test_sums_per_sector_and_hides_small_groups(example, tmp_path, capsys, name):
    data = imported(example, DATA / name)
    sectors = {s["navn"]: s for s in data["sektorer"]}
    assert (sectors["Helse"]["svar"], sectors["Skole"]["svar"]) == (8, 7)
    assert sectors["NAV"] == {"navn": "NAV", "vises": False}  # 3 answers: neither shown nor counted
    assert data["samlet"]["svar"] == 15  # the shown sectors only, so NAV cannot be worked out
    score = sectors["Helse"]["påstander"][0]
    assert sum(score["fordeling"]) == score["svar"] == 8
    assert score["snitt"] == round(sum(v * n for v, n in zip(range(1, 6), score["fordeling"], strict=True)) / 8, 1)
    out = capsys.readouterr().out
    assert "NAV: færre enn 5 svar – vises ikke" in out and "Helse: 8 svar" in out


def test_identifying_columns_never_reach_the_file(example, tmp_path):
    text = (imported(example, DATA / "forms-samarbeid.xlsx"), (example / TARGET).read_text("utf-8"))[1]
    for word in ("anonymous", "Starttidspunkt", "2025-11-03", "03.11.2025", "E-postadresse"):
        assert word not in text


def test_the_export_is_not_copied_into_the_repository(example, tmp_path):
    export = tmp_path / "svar.xlsx"
    shutil.copy(DATA / "forms-samarbeid.xlsx", export)
    before = {p for p in example.rglob("*") if p.is_file()}
    imported(example, export)
    assert {p for p in example.rglob("*") if p.is_file()} - before == {example / TARGET}


def with_answer(tmp_path: Path, row: int, column: str, value: str) -> Path:
    """A copy of the small export with one cell changed (rows as Excel numbers them)."""
    book = load_workbook(DATA / "forms-samarbeid.xlsx")
    sheet = book.active
    sheet.cell(row=row, column=exports.HEADINGS.index(column) + 1, value=value)
    target = tmp_path / "eksport.xlsx"
    book.save(target)
    return target


def synthetic_id_number() -> str:
    return next(n for n in (complete_id_number(f"150385{i:03d}") for i in range(100)) if n)


def test_free_text_with_an_id_number_is_refused_and_nothing_is_written(example, tmp_path, capsys):
    number = synthetic_id_number()
    export = with_answer(tmp_path, 4, exports.OPEN[1], f"Saken til eleven med {number} tok for lang tid.")
    assert run(example, "undersokelse", "importer", str(export), "--år", "2030") == 1
    err = capsys.readouterr().err
    assert f"rad 4, spørsmålet «{exports.OPEN[1]}»: ser ut til å inneholde et fødselsnummer" in err
    assert number not in err and number[6:] not in err  # masked
    assert "Traceback" not in err
    assert not (example / TARGET).exists()


def test_names_and_phone_numbers_are_refused_too(example, tmp_path, capsys):
    export = with_answer(tmp_path, 3, exports.OPEN[0], "Vi ringte Kari på 41 23 45 67 og fikk svar.")
    assert run(example, "undersokelse", "importer", str(export), "--år", "2030") == 1
    err = capsys.readouterr().err
    assert "et telefonnummer (** ** ** 67)" in err and "et navn (K***)" in err and "41 23" not in err


def test_existing_file_is_kept_unless_replace(example, capsys):
    imported(example, DATA / "forms-samarbeid.xlsx")
    (example / TARGET).write_text("# endret\n", "utf-8")
    assert run(example, "undersokelse", "importer", str(DATA / "forms-samarbeid.csv"), "--år", "2030") == 1
    assert "finnes fra før og blir ikke overskrevet" in capsys.readouterr().err
    assert (example / TARGET).read_text("utf-8") == "# endret\n"
    assert imported(example, DATA / "forms-samarbeid.csv", "--erstatt")["år"] == 2030


def test_columns_that_do_not_match_the_questions_are_named(example, tmp_path, capsys):
    book = load_workbook(DATA / "forms-samarbeid.xlsx")
    book.active.cell(row=1, column=exports.HEADINGS.index(exports.STATEMENTS[2]) + 1, value="Et nytt spørsmål?")
    book.save(tmp_path / "endret.xlsx")
    assert run(example, "undersokelse", "importer", str(tmp_path / "endret.xlsx")) == 1
    err = capsys.readouterr().err
    assert f"mangler kolonnen for «{exports.STATEMENTS[2]}»" in err
    assert "kolonnen «Et nytt spørsmål?» er ikke et spørsmål" in err


def test_a_score_off_the_scale_names_its_row(example, tmp_path, capsys):
    export = with_answer(tmp_path, 5, exports.STATEMENTS[0], "7")
    assert run(example, "undersokelse", "importer", str(export), "--år", "2030") == 1
    expected = f"Rad 5, spørsmålet «{exports.STATEMENTS[0]}»: «7» er ikke et svar på skalaen 1–5."
    assert expected in capsys.readouterr().err


def test_data_file_comment_follows_the_report_language(example):
    imported(example, DATA / "forms-samarbeid.xlsx")
    assert (example / TARGET).read_text("utf-8").startswith("# Laget av «rapport undersokelse importer» fra ")
    edition = example / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8").replace("målform: nb", "målform: nn"), "utf-8")
    imported(example, DATA / "forms-samarbeid.xlsx", "--erstatt")
    text = (example / TARGET).read_text("utf-8")
    assert text.startswith("# Laga av «rapport undersokelse importer» frå ein eksport frå Microsoft Forms. Ikkje ")
    assert "# Berre summar per sektor" in text and "blir ikkje viste" in text
    assert "Laget av" not in text and "Ikke rediger" not in text and "vises ikke" not in text


def test_free_text_never_enters_the_repository_and_goes_only_where_asked(example, tmp_path, capsys):
    export = with_answer(tmp_path, 2, exports.OPEN[0], "Samarbeidet om overgangene fungerer godt.")
    data = imported(example, export)
    assert not any("fritekst" in sector for sector in data["sektorer"])
    assert "overgangene" not in (example / TARGET).read_text("utf-8")
    assert "--fritekst FIL" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["eksport.xlsx"]  # nothing else written
    wanted = tmp_path / "til-meg.md"
    imported(example, export, "--erstatt", "--fritekst", str(wanted))
    assert "Samarbeidet om overgangene fungerer godt." in wanted.read_text("utf-8")


def test_free_text_is_never_written_inside_the_repository(example, tmp_path, capsys):
    export = with_answer(tmp_path, 2, exports.OPEN[0], "Samarbeidet om overgangene fungerer godt.")
    assert (
        run(example, "undersokelse", "importer", str(export), "--år", "2030", "--fritekst", str(example / "x.md")) == 1
    )
    assert not (example / "x.md").exists()
