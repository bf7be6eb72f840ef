"""«Same tag, same files» from the lock file: a fresh virtual environment installed only from
requirements/lock.txt (with its hashes, as the release workflow and the README's rebuild do) gives the same
edition, byte for byte, from two clones of the tag built at different times and places.

Slow and networked: the install fetches the locked wheels from the package index (pip's cache makes a second run
quick). Where the index cannot be reached, the test skips and says so.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import git
import pytest

from tests.commands.utgivelse_test import approved, tagged  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _locked_environment(folder: Path) -> Path:
    if "faketime" in os.environ.get("LD_PRELOAD", "") or "FAKETIME" in os.environ:
        # With the process clock moved years ahead, the package index's TLS certificates are not valid «now».
        pytest.skip("klokken er flyttet med faketime, så sertifikatene til pakkeregisteret kan ikke sjekkes")
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    pip = [str(folder / "bin/python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    locked = subprocess.run(
        [*pip, "--require-hashes", "--no-deps", "-r", str(ROOT / "requirements/lock.txt")], capture_output=True
    )
    if locked.returncode != 0:
        output = locked.stderr.decode("utf-8", "replace")
        unreachable = ("NewConnectionError", "Max retries", "SSLError", "Could not find a version", "No matching")
        if any(sign in output for sign in unreachable):
            pytest.skip("pakkeregisteret kan ikke nås herfra, så miljøet fra låsefilen kan ikke installeres")
        raise AssertionError(output)
    return folder / "bin/python"  # the tool's own sources come from the checkout under test (PYTHONPATH)


def _edition(python: Path, checkout: Path, when: str) -> dict[str, bytes]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GITHUB_", "RAPPORT_"))}
    env["PYTHONPATH"] = str(ROOT / "scripts")  # the sources under test, also from a worktree beside the venv
    built = subprocess.run(
        [*(["faketime", when] if _has_faketime() else []), str(python), "-m", "rapportlinja", "utgivelse"],
        cwd=checkout,
        env=env,
        capture_output=True,
    )
    assert built.returncode == 0, built.stderr.decode("utf-8", "replace")
    folder = checkout / "build/utgivelse/v2025.1"
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _has_faketime() -> bool:
    return subprocess.run(["sh", "-c", "command -v faketime"], capture_output=True).returncode == 0


def test_the_lock_file_rebuilds_the_edition_byte_for_byte(tagged: Path, tmp_path: Path) -> None:  # noqa: F811
    python = _locked_environment(tmp_path / "låst-miljø")
    first = git.Repo.clone_from(tagged, tmp_path / "her", branch="v2025.1")
    second = git.Repo.clone_from(tagged, tmp_path / "et annet sted" / "senere", branch="v2025.1")
    one = _edition(python, Path(first.working_tree_dir or ""), "2027-03-01 08:00:00")
    other = _edition(python, Path(second.working_tree_dir or ""), "2031-11-20 23:30:00")
    assert "tilstandsrapport-2025.pdf" in one and "SHA256SUMS" in one
    assert one == other
