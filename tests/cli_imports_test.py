"""The import budget of `rapport`: a command imports what it uses, when it uses it (issue 23).

Measured with `python -X importtime`, which lists every module a run imports; no timing is asserted, only
that the named heavy libraries stay out of runs that never use them (each costs a writer time at every
commit and every build).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_example, init_git

# Libraries that cost tens to hundreds of milliseconds each to import, and what needs them.
NEVER_FOR_VERSION = ("git", "jsonschema", "pypdf", "http.client", "matplotlib", "holidays", "typst", "pypandoc")
NEVER_FOR_CHECKS = ("pypdf", "matplotlib", "PIL", "numpy", "typst", "pypandoc", "jinja2", "nh3")


def imported(arguments: list[str], cwd: Path) -> set[str]:
    """Every module `python -m rapportlinja ARGUMENTS` imports, from `-X importtime` on stderr."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts")}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "rapportlinja", *arguments],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    modules = {line.split("|")[2].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "rapportlinja.cli" in modules  # the listing is real: the tool's own entry point is in it
    return modules


def _loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(m.startswith(name + ".") for m in modules)


@pytest.mark.parametrize("name", NEVER_FOR_VERSION)
def test_version_imports_no_heavy_library(name: str, tmp_path: Path) -> None:
    assert not _loaded(imported(["--versjon"], tmp_path), name)


def test_checks_on_the_example_import_no_build_library(tmp_path: Path) -> None:
    root = copy_example(tmp_path / "repo")
    modules = imported(["sjekk"], root)
    assert _loaded(modules, "jsonschema")  # what sjekk does use is there: the listing sees libraries
    assert [name for name in NEVER_FOR_CHECKS if _loaded(modules, name)] == []


def test_checks_of_one_chapter_import_no_history_calendar_or_http(tmp_path: Path) -> None:
    # What pre-commit runs for a commit of one chapter: no minutes to read in Git, no meeting dates, no images.
    root = copy_example(tmp_path / "repo")
    init_git(root)
    modules = imported(["sjekk", "report/kapitler/02-om-barnevernet.md"], root)
    heavy = (*NEVER_FOR_CHECKS, "git", "holidays", "http.client", "importlib.metadata")
    assert [name for name in heavy if _loaded(modules, name)] == []
