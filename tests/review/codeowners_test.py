"""CODEOWNERS: generated from the frontmatter, and `rapport sjekk` fails when it is out of step."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.cli import main
from rapportlinja.review import codeowners
from rapportlinja.review.codeowners import Requirement, Rule

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
