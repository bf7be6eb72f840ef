"""No output format repeats a planted ID number, whichever check echoes the value.

Each case plants a synthetic ID number where a check repeats what the user wrote (an
unknown key, an invalid value, a link target, a topic, a folder name, an image, a file
name, a survey cell) and runs `rapport sjekk` in every format: text, JSON, GitHub
annotations plus the job summary. The privacy finding may be there too; the number never.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.personal.idnumber import complete_id_number
from rapportlinja.cli import main

NUMBER = complete_id_number("150385123")
assert NUMBER is not None
CHAPTER = "report/kapitler/02-om-barnevernet.md"
MINUTES = "meetings/barnevernleder-kommunalsjef/2026-01-13.md"


def leaked(output: str) -> bool:
    # Any five digits of the number in a row would say too much (the birth date is six).
    digits = "".join(char for char in output if char.isdigit() or char == "\n")
    return any(NUMBER[i : i + 5] in digits for i in range(len(NUMBER) - 4))


def replace(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text("utf-8")
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new, 1), "utf-8")


def plant_unknown_key(root: Path) -> None:
    replace(root, CHAPTER, "tittel:", f"fnr{NUMBER}: x\ntittel:")


def plant_invalid_value(root: Path) -> None:
    replace(root, CHAPTER, "status: ", f"status: nr {NUMBER[:6]} {NUMBER[6:]}\nx_status: ")


def plant_link_target(root: Path) -> None:
    replace(root, CHAPTER, "\n\n", f"\n\nSe [saken]({NUMBER}.md#a).\n\n")


def plant_image(root: Path) -> None:
    replace(root, CHAPTER, "\n\n", f'\n\n![Bilde](../bilder/{NUMBER}.png){{alt="x"}}\n\n')


def plant_topic(root: Path) -> None:
    replace(root, MINUTES, "tema: Overordnet avvikshåndtering\n  -", f"tema: Sak 1503**85**{NUMBER[6:]}\n  -")


def plant_folder(root: Path) -> None:
    folder = root / "meetings" / f"linje-{NUMBER}"
    folder.mkdir()
    (folder / "2026-01-13.md").write_text((root / MINUTES).read_text("utf-8"), "utf-8")


def plant_file_name(root: Path) -> None:
    (root / "report/kapitler" / f"10-{NUMBER}.md").write_text("Tekst.\n", "utf-8")


def plant_line_value(root: Path) -> None:
    replace(root, MINUTES, "linje: barnevernleder-kommunalsjef", f"linje: {NUMBER}")


PLANTS = [
    plant_unknown_key,
    plant_invalid_value,
    plant_link_target,
    plant_image,
    plant_topic,
    plant_folder,
    plant_file_name,
    plant_line_value,
]


@pytest.mark.parametrize("plant", PLANTS, ids=lambda plant: plant.__name__)
@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_no_output_format_repeats_the_number(example, tmp_path, monkeypatch, capsys, plant, output_format):
    plant(example)
    summary = tmp_path / "sammendrag.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.chdir(example)
    code = main(["sjekk", "--format", output_format])
    out, err = capsys.readouterr()
    assert code == 1, out + err
    written = out + err + (summary.read_text("utf-8") if summary.exists() else "")
    assert not leaked(written), written
    assert "intern feil" not in written


def test_a_survey_cell_is_not_repeated(example, tmp_path, monkeypatch, capsys):
    from openpyxl import load_workbook

    from tests.survey import exports

    book = load_workbook(Path(__file__).parents[2] / "survey/data/forms-samarbeid.xlsx")
    book.active.cell(row=2, column=exports.HEADINGS.index(exports.STATEMENTS[0]) + 1, value=f"tlf {NUMBER}")
    book.active.cell(row=3, column=exports.HEADINGS.index(exports.SECTOR) + 1, value=NUMBER)
    export = tmp_path / "eksport.xlsx"
    book.save(export)
    monkeypatch.chdir(example)
    assert main(["undersokelse", "importer", str(export), "--år", "2030"]) == 1
    out, err = capsys.readouterr()
    assert not leaked(out + err), out + err
