"""A stale or missing CODEOWNERS: the finding shows the exact lines to paste, and pasting them in a browser
(no `rapport kodeeiere`) makes the check pass."""

from __future__ import annotations

import json
from pathlib import Path

import git
import pytest

from rapportlinja.cli import main
from rapportlinja.review import codeowners

CODEOWNERS = ".github/CODEOWNERS"
NEW_RULE = "/report/kapitler/02-om-barnevernet.md @eksempel-kommune/tillitsvalgte"


def _require_review(root: Path) -> None:
    chapter = root / "report/kapitler/02-om-barnevernet.md"
    text = chapter.read_text("utf-8").replace("sist_revidert:", "godkjennes_av:\n  - tillitsvalgte\nsist_revidert:", 1)
    chapter.write_text(text, "utf-8")


def _hint(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.chdir(root)
    assert main(["sjekk", "--format", "json"]) == 1
    found = [f for f in json.loads(capsys.readouterr().out)["funn"] if f["fil"] == CODEOWNERS]
    assert len(found) == 1
    return str(found[0]["tips"])


def _pasted(hint: str) -> str:
    """What the hint tells the user to paste: the lines between the instruction and the closing sentence."""
    return "\n".join(hint.split("\n")[1:-1]) + "\n"


def _passes(root: Path, monkeypatch: pytest.MonkeyPatch) -> bool:
    monkeypatch.chdir(root)
    return main(["sjekk"]) == 0


def test_stale_file_shows_the_rules_to_paste_and_pasting_them_passes(
    example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _require_review(example_git)
    hint = _hint(example_git, monkeypatch, capsys)
    assert "Kjør «rapport kodeeiere»" not in hint.split("\n")[0]  # the browser way comes first
    assert "erstatt alle linjene under" in hint and NEW_RULE in hint
    # As in the browser: keep everything up to the marker line, replace what is under it.
    path = example_git / CODEOWNERS
    head = path.read_text("utf-8").split(codeowners.GENERATED)[0]
    path.write_text(head + codeowners.GENERATED + _pasted(hint), "utf-8")
    capsys.readouterr()
    assert _passes(example_git, monkeypatch)
    assert git.Repo(example_git).is_dirty()  # the paste changed the file, as the pull request will


def test_missing_file_shows_the_whole_file(
    example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (example / CODEOWNERS).unlink()
    hint = _hint(example, monkeypatch, capsys)
    assert "Create new file" in hint and codeowners.MANUAL_START in hint
    (example / CODEOWNERS).write_text(_pasted(hint), "utf-8")
    assert _passes(example, monkeypatch)


def test_a_file_without_its_header_is_replaced_whole(
    example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (example / CODEOWNERS).write_text("* @noen/andre\n", "utf-8")
    hint = _hint(example, monkeypatch, capsys)
    assert "erstatt hele innholdet" in hint
    (example / CODEOWNERS).write_text(_pasted(hint), "utf-8")
    assert _passes(example, monkeypatch)
