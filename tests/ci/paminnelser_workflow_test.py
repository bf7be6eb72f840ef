"""The reminder workflow's own steps, run as a runner would, against a local issue tracker."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.ci.runner import run_job
from tests.conftest import ROOT
from tests.status import fake_issues

WORKFLOW = ROOT / ".github/workflows/paminnelser.yml"


def _steps(checkout: Path, tracker: fake_issues.Tracker) -> list[str]:
    env = {
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]]),
        "HOME": str(checkout.parent),
        "LANG": "C.UTF-8",
        "RAPPORT_I_DAG": "2026-12-06",
        "GITHUB_REPOSITORY": fake_issues.REPO,
        "GITHUB_API_URL": tracker.url,
        **{key: os.environ[key] for key in ("PYTHONPATH",) if key in os.environ},
    }
    results = run_job(
        WORKFLOW,
        "paminnelser",
        checkout,
        {"github.token": "ghs_test_only_not_a_token", "github.event_name": "schedule"},
        env,
        skip=lambda step: step.get("name", "").startswith("Installer"),  # the suite's venv stands in for it
    )
    assert [r.returncode for r in results] == [0, 0], [(r.name, r.output) for r in results]
    return [r.output for r in results]


def test_the_workflow_makes_the_issues_once(example: Path) -> None:
    with fake_issues.serve() as tracker:
        plan, first = _steps(example, tracker)
        assert '"key": "status"' in plan
        assert "Laget #2: Status" in first and "Festet #2" in first
        created = len(tracker.open_issues())
        assert created > 5
        assert all(request["method"] != "DELETE" for request in tracker.seen)
        _, second = _steps(example, tracker)
        assert second == "Sakene er i takt med dataene; ingenting ble endret.\n"
        assert len(tracker.open_issues()) == created
