"""Shared fixtures: a copy of the example repository in a temporary folder, with or without Git.

The tool's tests never read the checkout's own `report/`, `meetings/` or `.github/`: those belong to the
municipality that adopts the template and change with it. The example the tests use is frozen under
`tests/fixtures/eksempel/`; only the tool's own files (schemas) come from the checkout.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import git
import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = Path(__file__).resolve().parent / "fixtures" / "eksempel"
TOOL_FILES = ("schemas",)  # the tool's own, not the municipality's

# A GitHub runner sets these in every step; a test that wants them sets them itself.
RUNNER_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH")


# The suite's «today»: a day inside the example's reporting cycle, so every date the tool derives is fixed.
# The suite must pass on any real date as well; .ci/run runs it with the process clock moved years ahead,
# so a read of the wall clock that bypasses rapportlinja.base.clock cannot hide.
TODAY = "2026-06-15"


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    from rapportlinja.base import clock

    monkeypatch.setenv(clock.ENVIRONMENT, TODAY)
    clock.set_today(None)


@pytest.fixture(autouse=True)
def _outside_any_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs as on a developer's machine, whether or not the suite itself runs in GitHub Actions."""
    for name in list(os.environ):
        if name.startswith(("GITHUB_", "RUNNER_")) or name in RUNNER_VARIABLES:
            monkeypatch.delenv(name)


def copy_example(target: Path) -> Path:
    shutil.copytree(EXAMPLE, target)
    for name in TOOL_FILES:
        shutil.copytree(ROOT / name, target / name)
    return target


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """The shipped example content, copied; not a Git repository."""
    return copy_example(tmp_path / "repo")


def approve_all(root: Path) -> None:
    """Set every chapter's status to «godkjent», as before a release."""
    for chapter in (root / "report/kapitler").glob("*.md"):
        text = chapter.read_text(encoding="utf-8")
        chapter.write_text(re.sub(r"(?m)^status: .*$", "status: godkjent", text, count=1), encoding="utf-8")


def show_names(root: Path) -> None:
    """Opt in to names in «Medvirkning» (the example ships the safe default, roles), before the first commit."""
    path = root / "report/rapport.yaml"
    text = path.read_text(encoding="utf-8")
    assert "medvirkning_visning: roller" in text
    path.write_text(text.replace("medvirkning_visning: roller", "medvirkning_visning: navn"), encoding="utf-8")


def init_git(root: Path, date: str = "2026-03-01T12:00:00+01:00") -> git.Repo:
    repo = git.Repo.init(root, initial_branch="main")
    with repo.config_writer() as config:
        config.set_value("user", "name", "Saksbehandler Test")
        config.set_value("user", "email", "test@example.invalid")
        config.set_value("commit", "gpgsign", "false")
    repo.git.add(A=True)
    repo.git.commit(m="Første versjon", env={"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date})
    return repo


@pytest.fixture
def example_git(example: Path) -> Path:
    """The example content as a real Git repository with one commit."""
    init_git(example)
    return example


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a text file relative to tmp_path (creating folders); returns its path."""

    def _write(rel: str, text: str) -> Path:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return _write
