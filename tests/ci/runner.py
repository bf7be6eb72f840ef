"""Run a workflow's `run:` steps locally, in order, as a GitHub runner would.

GitHub cannot be reached from here, so the tests and benchmarks run the workflow file itself: each
step's shell with the runner's variables (GITHUB_ACTIONS, CI, GITHUB_STEP_SUMMARY, GITHUB_PATH, …),
the `${{ … }}` expressions the workflow uses filled in from a context, and `uses:` steps left to the
caller (checkout, setup-python and upload are GitHub's own).
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from ruamel.yaml import YAML

_EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")
_CONDITION = re.compile(r"^github\.event_name\s*==\s*'(\w+)'$")


class StepResult(NamedTuple):
    name: str
    returncode: int
    output: str
    seconds: float  # since the job started


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return data


def run_job(
    workflow: Path,
    job: str,
    cwd: Path,
    context: Mapping[str, str],
    env: Mapping[str, str],
    skip: Callable[[dict[str, Any]], bool] = lambda step: False,
    actions: Mapping[str, Callable[[dict[str, Any], Path], int]] | None = None,
) -> list[StepResult]:
    """Run the job's `run:` steps until one fails; `context` fills `${{ … }}` (e.g. "github.event_name").

    `actions` stands in for `uses:` steps by action name ("actions/upload-pages-artifact"): called with the
    step's `with:` and the working folder, it returns an exit code. Other `uses:` steps are left out.
    """
    steps = load(workflow)["jobs"][job]["steps"]
    runner = _runner_files(cwd.parent / f".runner-{job}")
    base = {**env, **runner}
    started = time.monotonic()
    results: list[StepResult] = []
    for step in steps:
        if skip(step) or not _wanted(step.get("if"), context):
            continue
        action = (actions or {}).get(step.get("uses", "").split("@")[0])
        if action is not None:
            code = action({k: _fill(str(v), context) for k, v in step.get("with", {}).items()}, cwd)
            results.append(StepResult(step.get("name", step["uses"]), code, "", time.monotonic() - started))
            if code != 0:
                break
            continue
        if "run" not in step:
            continue
        step_env = {key: _fill(str(value), context) for key, value in step.get("env", {}).items()}
        path = _path_with_additions(base["PATH"], Path(runner["GITHUB_PATH"]))
        done = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", _fill(step["run"], context)],
            cwd=cwd,
            env={**base, **step_env, "PATH": path},
            capture_output=True,
            text=True,
            check=False,
        )
        name = step.get("name", step["run"].splitlines()[0])
        results.append(StepResult(name, done.returncode, done.stdout + done.stderr, time.monotonic() - started))
        if done.returncode != 0:
            break
    return results


def _runner_files(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        name: folder / name.lower() for name in ("GITHUB_STEP_SUMMARY", "GITHUB_PATH", "GITHUB_ENV", "GITHUB_OUTPUT")
    }
    for file in files.values():
        file.write_text("", encoding="utf-8")
    return {"GITHUB_ACTIONS": "true", "CI": "true", **{name: str(file) for name, file in files.items()}}


def _fill(text: str, context: Mapping[str, str]) -> str:
    return _EXPRESSION.sub(lambda match: context[match[1]], text)


def _wanted(condition: str | None, context: Mapping[str, str]) -> bool:
    if condition is None:
        return True
    match = _CONDITION.match(condition.strip())
    if match is None:
        raise ValueError(f"Ukjent betingelse i arbeidsflyten: {condition}")
    return context["github.event_name"] == match[1]


def _path_with_additions(path: str, github_path: Path) -> str:
    added = [line for line in github_path.read_text(encoding="utf-8").splitlines() if line]
    return os.pathsep.join([*reversed(added), path])
