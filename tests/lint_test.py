"""The code stays ruff- and mypy-clean: the style the project promises is checked, not hoped for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs ruff and mypy over the whole tree

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_check_and_format():
    check = run(str(BIN / "ruff"), "check", "scripts", "tests", "benchmarks")
    assert check.returncode == 0, check.stdout
    formatted = run(str(BIN / "ruff"), "format", "--check", "scripts", "tests", "benchmarks")
    assert formatted.returncode == 0, formatted.stdout


def test_mypy_strict_on_the_package():
    result = run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout
