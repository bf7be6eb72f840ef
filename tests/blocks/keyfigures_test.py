"""The ```nokkeltall block: `rapport sjekk` checks it and the data files with file and line; the build renders it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.layout import Layout
from rapportlinja.blocks import registry
from rapportlinja.blocks.kind import Context
from rapportlinja.cli import main
from rapportlinja.read import keyfigures

CHAPTER = "report/kapitler/05-temaomrader.md"
GOOD = "```nokkeltall\nindikatorer: [undersokelser-innen-frist]\når: 2021-2025\nvis: tabell og figur\n"


def sjekk(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        code = main(["sjekk"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def replace_block(root: Path, new: str) -> int:
    """Put `new` where the example's first block is; returns the line of its opening fence."""
    path = root / CHAPTER
    text = path.read_text("utf-8")
    start = text.index("```nokkeltall")
    end = text.index("```\n", start + 3) + 4
    path.write_text(text[:start] + new + text[end:], encoding="utf-8")
    return text[:start].count("\n") + 1


def test_example_is_clean(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sjekk(example, capsys)[0] == 0


def test_unknown_indicator_with_did_you_mean_at_its_line(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = replace_block(example, "```nokkeltall\nindikatorer: [undersokelser-inen-frist]\når: 2021-2025\n```\n")
    code, out = sjekk(example, capsys)
    assert code == 1
    assert f"{CHAPTER}:{line + 1}:15: feil: Ukjent indikator «undersokelser-inen-frist»." in out
    assert "Mente du «undersokelser-innen-frist»?" in out


def test_bad_options_each_at_their_line(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = replace_block(
        example,
        "```nokkeltall\nindikatorer: [undersokelser-innen-frist]\når: 2025-2021\n"
        "vis: figurer\nregioner: [kommune, kostra]\nfarge: blå\n```\n",
    )
    out = sjekk(example, capsys)[1]
    assert f"{CHAPTER}:{line + 2}:5: feil: «2025-2021» er ikke et år eller en periode av år." in out
    assert f"{CHAPTER}:{line + 3}:6: feil: «figurer» er ikke gyldig for «vis»." in out
    assert f"{CHAPTER}:{line + 4}:21: feil: Ukjent region «kostra»." in out and "Mente du «kostragruppe»?" in out
    assert f"{CHAPTER}:{line + 5}:1: feil: Ukjent valg «farge» i nøkkeltall-blokken." in out


def test_missing_data_for_a_requested_year(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = replace_block(example, GOOD.replace("2021-2025", "2020-2025") + "regioner: [kommune, fylke]\n```\n")
    out = sjekk(example, capsys)[1]
    assert f"{CHAPTER}:{line}:1: feil: Mangler tall for «undersokelser-innen-frist» for Eksempel kommune i 2020." in out
    assert "for Eksempel fylke i 2020." in out


def test_csv_errors_are_reported_by_sjekk(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = example / "report/data/nokkeltall.csv"
    line = len(csv.read_text("utf-8").splitlines()) + 1
    with csv.open("a", encoding="utf-8") as handle:
        handle.write("sykefravaer,9999,2026H3,7.0,egen registrering\n")
    code, out = sjekk(example, capsys)
    assert code == 1 and f"report/data/nokkeltall.csv:{line}:1: feil: «2026H3» er ikke en gyldig periode." in out


def test_expansion_gives_a_captioned_table_in_norwegian_format(example: Path) -> None:
    figures = keyfigures.require(Layout(example))
    body = registry.expand(
        GOOD.replace("tabell og figur", "tabell") + "regioner: [kommune, landet]\n```\n",
        Context(example, "nb", 2025, figures),
    ).markdown
    assert "| År | Eksempel kommune | Landet |" in body
    assert "| 2023 | 79,2\u00a0% | 82,3\u00a0% |" in body
    assert body.rstrip().endswith(": Andel undersøkelser med behandlingstid innen tre måneder\\, 2021–2025")
    assert not (example / "build").exists()  # a table draws no chart


def test_indicator_file_errors_are_norwegian_with_lines(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example / "report/data/indikatorer.yaml"
    text = path.read_text("utf-8").replace("    kilde: egen registrering\n", "    kilde: egen telling\n", 1)
    path.write_text(text.replace("metode: spenn, perioder: 4, terskel_prosent: 5}", "metode: spen}", 1), "utf-8")
    code, out = sjekk(example, capsys)
    assert code == 1
    assert (
        "report/data/indikatorer.yaml:" in out
        and "«kilde» skal være «egen registrering», men er «egen telling»." in out
    )
    assert "«spen» er ikke en gyldig verdi for «metode»" in out and "Mente du «spenn»?" in out
    assert "None" not in out
