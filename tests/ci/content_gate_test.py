"""The content gate (innhold.yml) run step by step as on a GitHub runner, on a municipality's repository.

The repository is made as a municipality gets it from the template: the tool's files from this checkout
and the frozen example content, in a real Git repository. The install step is skipped (the venv running
the tests stands in as the repository's `.venv`); every other `run:` step runs with the runner's variables.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import git
import pytest

from rapportlinja.cli import main
from tests.ci.runner import StepResult, run_job
from tests.conftest import ROOT, copy_example, init_git

pytestmark = pytest.mark.slow

WORKFLOW = ROOT / ".github/workflows/innhold.yml"
TOOL_FILES = (".pre-commit-config.yaml", ".pre-commit-hooks.yaml", "scripts/hook.py", ".github/workflows")
CHAPTER = "report/kapitler/04-bemanning-og-kompetanse.md"
PHONE = "41 23 45 67"  # synthetic: a Norwegian mobile number's form, on the line with the mistakes


def municipality_repository(target: Path) -> Path:
    root = copy_example(target)
    for name in TOOL_FILES:
        source, copy = ROOT / name, root / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, copy)
        else:
            shutil.copy(source, copy)  # keeps scripts/hook.py executable
    (root / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    (root / ".gitignore").write_text(".venv\n/build/\n", encoding="utf-8")
    init_git(root)
    return root


def content_gate(root: Path, event: str = "pull_request") -> list[StepResult]:
    env = {
        "PATH": f"{root / '.venv/bin'}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(root.parent),
        "PRE_COMMIT_HOME": str(root.parent / "pre-commit-home"),
        "LANG": "C.UTF-8",
    }
    context = {"github.event_name": event, "github.sha": "0" * 40}
    return run_job(WORKFLOW, "innholdssjekk", root, context, env, skip=lambda step: "Installer" in step.get("name", ""))


def _step(results: list[StepResult], starts: str) -> StepResult:
    return next(result for result in results if result.name.startswith(starts))


def _summary(root: Path) -> str:
    return (root.parent / ".runner-innholdssjekk/github_step_summary").read_text(encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return municipality_repository(tmp_path / "kommune")


def test_the_shipped_example_passes_and_the_draft_is_built(repo: Path) -> None:
    results = content_gate(repo, event="push")
    assert [r.returncode for r in results] == [0] * len(results), results[-1].output
    assert (repo / "build/tilstandsrapport-2025.pdf").is_file()
    assert any((repo / "build/agendaer").iterdir())  # internal agendas on the default branch only
    assert "::error" not in "".join(r.output for r in results)


def test_a_browser_edit_with_an_unknown_key_is_annotated_at_its_line(repo: Path) -> None:
    path = repo / CHAPTER
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "titel: Bemanning")  # line 3
    # What the web editor leaves: trailing spaces and no final newline, with a (synthetic) number on the line.
    lines.append(f"Ring vakttelefonen {PHONE} ved akutte saker.   ")
    path.write_text("\n".join(lines), encoding="utf-8")
    results = content_gate(repo)
    assert _step(results, "Orden i filene").returncode == 0  # whitespace is not a wall
    sjekk = _step(results, "rapport sjekk")
    assert sjekk.returncode == 1
    assert f"::error file={CHAPTER},line=3,col=1" in sjekk.output
    assert "Ukjent nøkkel «titel»" in sjekk.output
    assert not any(r.name.startswith("Bygg") for r in results)  # the gate stops before the build
    assert f"::error file={CHAPTER},line={len(lines)}" in sjekk.output  # the number is refused, masked
    everything = "".join(r.output for r in results) + _summary(repo)
    assert "Ukjent nøkkel «titel»" in _summary(repo)  # the whole list in the job summary
    assert not re.search(r"\D{0,3}".join(re.sub(r"\D", "", PHONE)), everything)
    assert "diff --git" not in everything


def test_trailing_whitespace_and_no_final_newline_pass_and_build(repo: Path) -> None:
    path = repo / CHAPTER
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text.replace(".\n", ". \n", 3) + "   ", encoding="utf-8")
    results = content_gate(repo)
    assert [r.returncode for r in results] == [0] * len(results), results[-1].output
    assert (repo / "build/tilstandsrapport-2025.pdf").is_file()


def test_a_municipality_adopting_the_template_passes(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edition = repo / "report/rapport.yaml"
    text = edition.read_text(encoding="utf-8")
    text = text.replace("navn: Eksempel kommune", "navn: Fjellbygd kommune").replace('nummer: "9999"', 'nummer: "3401"')
    edition.write_text(text.replace("@eksempel-kommune/", "@fjellbygd-kommune/"), encoding="utf-8")
    for minutes in repo.glob("meetings/*/*.md"):
        minutes.unlink()
    chapter = repo / "report/kapitler/08-utfordringsbildet.md"
    frontmatter = chapter.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    chapter.write_text(
        frontmatter + "\n---\n\n## Våre utfordringer\n\nFjellbygd har lange reiseavstander og få fagfolk.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(repo)
    assert main(["kodeeiere"]) == 0  # the team names changed
    repository = git.Repo(repo)
    repository.git.add(A=True)
    repository.git.commit(m="Fjellbygd kommune tar i bruk malen")
    results = content_gate(repo, event="push")
    assert [r.returncode for r in results] == [0] * len(results), results[-1].output
    assert (repo / "build/tilstandsrapport-2025.pdf").is_file()


def test_the_runner_variables_do_not_leak_into_the_tests() -> None:
    """The autouse fixture in conftest.py: tests run as on a laptop even when the suite runs in Actions."""
    assert "GITHUB_ACTIONS" not in os.environ and "GITHUB_STEP_SUMMARY" not in os.environ and "CI" not in os.environ
