"""CODEOWNERS: generated from the frontmatter, and `rapport sjekk` fails when it is out of step."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from rapportlinja.cli import main
from rapportlinja.review import codeowners
from rapportlinja.review.codeowners import Requirement, Rule, data_files

BEMANNING = "report/kapitler/04-bemanning-og-kompetanse.md"


def test_rules_map_roles_to_teams() -> None:
    found = codeowners.rules(
        [Requirement("report/kapitler/04-b.md", ("tillitsvalgte", "verneombud"))],
        {"tillitsvalgte": "@k/tv", "verneombud": "@k/vo"},
    )
    assert found == [
        Rule("/report/kapitler/04-b.md", ("@k/tv", "@k/vo")),
        Rule("/.github/CODEOWNERS", ("@k/tv", "@k/vo")),
    ]
    text = codeowners.render(found)
    assert text.startswith(codeowners.HEADER)
    assert "/report/kapitler/04-b.md @k/tv @k/vo\n" in text


def test_no_requirements_no_rules() -> None:
    assert codeowners.rules([], {"tillitsvalgte": "@k/tv"}) == []


def test_shipped_codeowners_is_in_step(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(example)
    assert main(["sjekk"]) == 0
    assert "/report/kapitler/04-bemanning-og-kompetanse.md @eksempel-kommune/tillitsvalgte" in (
        example / ".github/CODEOWNERS"
    ).read_text(encoding="utf-8")


def test_out_of_step_fails_and_kodeeiere_repairs(
    example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(example)
    chapter = example / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(
        chapter.read_text(encoding="utf-8").replace(
            "sist_revidert:", "godkjennes_av:\n  - tillitsvalgte\nsist_revidert:", 1
        ),
        encoding="utf-8",
    )
    assert main(["sjekk"]) == 1
    assert "ikke i takt med «godkjennes_av»" in capsys.readouterr().err
    assert main(["kodeeiere"]) == 0
    assert "Skrev .github/CODEOWNERS" in capsys.readouterr().out
    assert main(["sjekk"]) == 0
    assert "/report/kapitler/02-om-barnevernet.md @eksempel-kommune/tillitsvalgte" in (
        example / ".github/CODEOWNERS"
    ).read_text(encoding="utf-8")


def test_missing_file_fails(example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(example)
    (example / ".github/CODEOWNERS").unlink()
    assert main(["sjekk"]) == 1
    assert ".github/CODEOWNERS: feil: Filen mangler" in capsys.readouterr().err


def test_role_without_team_points_at_the_line(
    example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(example)
    chapter = example / BEMANNING
    text = chapter.read_text(encoding="utf-8").replace(
        "  - tillitsvalgte\nsist", "  - tillitsvalgte\n  - verneombud\nsist"
    )
    chapter.write_text(text, encoding="utf-8")
    lines = text.split("\n")
    line = len(lines) - lines[::-1].index("  - verneombud")  # the last one: under godkjennes_av
    assert main(["sjekk"]) == 1
    assert (
        f"{BEMANNING}:{line}:5: feil: Rollen «verneombud» i «godkjennes_av» har ikke et team" in capsys.readouterr().err
    )
    assert main(["kodeeiere"]) == 1
    assert "mangler team" in capsys.readouterr().err


def test_data_shown_by_a_chapter_has_its_owners() -> None:
    found = codeowners.rules(
        [
            Requirement("report/kapitler/04-b.md", ("tillitsvalgte",), ("report/data/nokkeltall.csv",)),
            Requirement("report/kapitler/05-t.md", ("verneombud",), ("report/data/nokkeltall.csv",)),
        ],
        {"tillitsvalgte": "@k/tv", "verneombud": "@k/vo"},
    )
    assert Rule("/report/data/nokkeltall.csv", ("@k/tv", "@k/vo")) in found


def test_key_figure_chapter_brings_its_data(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(example)
    chapter = example / "report/kapitler/05-temaomrader.md"
    chapter.write_text(
        chapter.read_text(encoding="utf-8").replace(
            "sist_revidert:", "godkjennes_av:\n  - tillitsvalgte\nsist_revidert:", 1
        ),
        encoding="utf-8",
    )
    assert main(["kodeeiere"]) == 0
    text = (example / ".github/CODEOWNERS").read_text(encoding="utf-8")
    assert "/report/data/nokkeltall.csv @eksempel-kommune/tillitsvalgte\n" in text
    assert "/report/data/indikatorer.yaml @eksempel-kommune/tillitsvalgte\n" in text
    assert main(["sjekk"]) == 0


def test_hand_written_part_is_kept(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(example)
    path = example / ".github/CODEOWNERS"
    text = path.read_text(encoding="utf-8")
    mine = "/.github/ @eksempel-kommune/it\n/scripts/ @eksempel-kommune/it\n/schemas/ @eksempel-kommune/it\n"
    start = text.index(codeowners.MANUAL_START) + len(codeowners.MANUAL_START) + 1
    path.write_text(text[:start] + mine + text[text.index(codeowners.MANUAL_END) :], encoding="utf-8")
    assert main(["sjekk"]) == 0  # a hand edit between the markers is in step
    chapter = example / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(
        chapter.read_text(encoding="utf-8").replace(
            "sist_revidert:", "godkjennes_av:\n  - tillitsvalgte\nsist_revidert:", 1
        ),
        encoding="utf-8",
    )
    assert main(["kodeeiere"]) == 0
    written = path.read_text(encoding="utf-8")
    assert mine in written and "/report/kapitler/02-om-barnevernet.md @eksempel-kommune/tillitsvalgte" in written
    # The generated rules come after the hand-written ones: GitHub lets the last match win.
    assert written.index("/.github/ @eksempel-kommune/it") < written.index("/.github/CODEOWNERS @")


@pytest.mark.parametrize(
    "name",
    ["04 bemanning og kompetanse.md", "05-tema[1].md", "06-*stjerne?.md", "07-æøå  to mellomrom.md", "#08-hash!.md"],
)
def test_every_file_name_gives_one_valid_line_that_matches_it(tmp_path: Path, name: str) -> None:
    rel = f"report/kapitler/{name}"
    line = f"{codeowners.pattern(rel)} @k/tv"
    pattern, owner = line.rsplit(" ", 1)
    assert owner == "@k/tv" and not re.search(r"(?<!\\)\s", pattern)  # one pattern, then the owner
    # CODEOWNERS patterns follow .gitignore: ask Git itself whether the pattern matches the file.
    repo = tmp_path / "r"
    (repo / "report/kapitler").mkdir(parents=True)
    (repo / rel).write_text("x", encoding="utf-8")
    (repo / ".gitignore").write_text(pattern + "\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    result = subprocess.run(["git", "-C", str(repo), "check-ignore", "-q", rel], check=False)
    assert result.returncode == 0, f"{pattern!r} matcher ikke {rel!r}"
    other = subprocess.run(["git", "-C", str(repo), "check-ignore", "-q", "report/kapitler/annet.md"], check=False)
    assert other.returncode == 1


def test_a_survey_block_owns_the_data_file_of_its_own_year() -> None:
    body = "```samarbeid\n```\n\n```samarbeid\når: 2024\n```\n\n```nokkeltall\når: 2025\n```\n"
    assert data_files(body, 2025) == (
        "report/data/nokkeltall.csv",
        "report/data/indikatorer.yaml",
        "report/data/samarbeid-2025.yaml",
        "report/data/samarbeid-2024.yaml",
    )
