"""The release workflow (utgivelse.yml) run step by step, with a fake `gh` that behaves as GitHub's does.

The fake keeps the releases in a folder: `create` fails when the release exists, `upload` fails on an
existing asset without --clobber, and every call is logged, so the test sees exactly what was published.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import git
import pytest

from tests.ci.runner import StepResult, run_job
from tests.conftest import ROOT, approve_all, copy_example, init_git

pytestmark = pytest.mark.slow

WORKFLOW = ROOT / ".github/workflows/utgivelse.yml"
FAKE_GH = r"""#!/usr/bin/env bash
# A stand-in for GitHub's CLI: releases are folders under $FAKE_GH_STATE.
set -e
echo "$*" >> "$FAKE_GH_LOG"
[ "$1" = release ] || { echo "fake gh: only «release» is known" >&2; exit 2; }
action=$2; tag=$3; shift 3
dir="$FAKE_GH_STATE/$tag"
case "$action" in
  view) [ -d "$dir" ] || { echo "release not found" >&2; exit 1; } ;;
  create)
    [ ! -d "$dir" ] || { echo "a release with the same tag name already exists" >&2; exit 1; }
    mkdir -p "$dir"
    while [ $# -gt 0 ]; do
      case "$1" in
        --title) shift ;;
        --notes-file) [ -f "$2" ] || exit 3; cp "$2" "$dir/.notes"; shift ;;
        --verify-tag) ;;
        *) [ -f "$1" ] || { echo "no such file $1" >&2; exit 4; }; cp "$1" "$dir/" ;;
      esac
      shift
    done ;;
  upload)
    clobber=no; for a in "$@"; do [ "$a" = --clobber ] && clobber=yes; done
    for a in "$@"; do
      [ "$a" = --clobber ] && continue
      if [ -e "$dir/$(basename "$a")" ] && [ $clobber = no ]; then echo "asset exists" >&2; exit 5; fi
      cp "$a" "$dir/"
    done ;;
  edit)
    while [ $# -gt 0 ]; do [ "$1" = --notes-file ] && cp "$2" "$dir/.notes"; shift; done ;;
  *) exit 2 ;;
esac
"""


@pytest.fixture
def runner_checkout(tmp_path: Path) -> Path:
    """The municipality's repository with every chapter approved, and the runner's fresh clone of it."""
    origin = copy_example(tmp_path / "kommune")
    approve_all(origin)
    shutil.copy(ROOT / ".gitignore", origin / ".gitignore")  # the template's: build/ and .venv/ stay out of Git
    init_git(origin)
    clone = tmp_path / "runner/work"
    git.Repo.clone_from(str(origin), clone)
    (clone / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    # «.venv/» in .gitignore matches the real folder a runner makes, not this stand-in symlink.
    (clone / ".git/info/exclude").write_text(".venv\n", encoding="utf-8")
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir()
    (bin_dir / "gh").write_text(FAKE_GH, encoding="utf-8")
    (bin_dir / "gh").chmod(0o755)
    return clone


def _fake_pages_upload(step: dict[str, Any], cwd: Path) -> int:
    """actions/upload-pages-artifact: takes the folder as it is; here it is kept to be looked at."""
    source = cwd / step["path"]
    if not (source / "index.html").is_file():
        return 1
    shutil.copytree(source, cwd.parent.parent / "pages-artifact", dirs_exist_ok=False)
    return 0


def release(checkout: Path, tag: str, runner_env: dict[str, str] | None = None) -> list[StepResult]:
    """The release job's steps on `tag`; `runner_env`: more of the runner's variables (GITHUB_API_URL, …)."""
    repo = git.Repo(checkout)
    if tag not in [t.name for t in repo.tags]:
        repo.create_tag(tag)
    repo.git.checkout(tag)
    fake = checkout.parent.parent
    env = {
        "PATH": os.pathsep.join([str(fake / "fake-bin"), str(checkout / ".venv/bin"), os.environ["PATH"]]),
        "HOME": str(fake),
        "FAKE_GH_STATE": str(fake / "releases"),
        "FAKE_GH_LOG": str(fake / "gh.log"),
        "LANG": "C.UTF-8",
        # The sources under test when the suite runs with them first on the path (a worktree beside the venv's).
        **{key: os.environ[key] for key in ("PYTHONPATH",) if key in os.environ},
        **(runner_env or {}),
    }
    context = {
        "github.event.repository.default_branch": "main",
        "github.token": "fake-token",
        "github.repository": "fjellbygd-kommune/tilstandsrapport",
        "github.ref_name": tag,
    }
    shutil.rmtree(fake / "pages-artifact", ignore_errors=True)
    return run_job(
        WORKFLOW,
        "utgivelse",
        checkout,
        context,
        env,
        skip=lambda step: "Installer" in step.get("name", ""),
        actions={"actions/upload-pages-artifact": _fake_pages_upload},
    )


def _site(checkout: Path) -> dict[str, bytes]:
    folder = checkout.parent.parent / "pages-artifact"
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _published(checkout: Path, tag: str) -> dict[str, bytes]:
    folder = checkout.parent.parent / "releases" / tag
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _gh_calls(checkout: Path) -> list[str]:
    log = checkout.parent.parent / "gh.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_publishes_only_the_public_files_and_reruns_cleanly(runner_checkout: Path) -> None:
    first = release(runner_checkout, "v2025.1")
    assert [r.returncode for r in first] == [0, 0, 0], first[-1].output
    published = _published(runner_checkout, "v2025.1")
    assert set(published) == {"tilstandsrapport-2025.pdf", "SHA256SUMS", ".notes"}  # no internal agendas
    assert "agenda" not in "".join(_gh_calls(runner_checkout))

    site = _site(runner_checkout)
    assert {"index.html", "nytt.html", "SHA256SUMS", "tilstandsrapport-2025.pdf"} <= set(site)
    assert site["tilstandsrapport-2025.pdf"] == published["tilstandsrapport-2025.pdf"]  # the release's own PDF
    assert not [name for name in site if "agenda" in name or "referat" in name or name.startswith("meetings")]

    again = release(runner_checkout, "v2025.1")  # «Re-run jobs» on the same tag
    assert [r.returncode for r in again] == [0, 0, 0], again[-1].output
    assert _site(runner_checkout) == site
    assert _published(runner_checkout, "v2025.1") == published  # same tag, same bytes, replaced
    calls = _gh_calls(runner_checkout)
    assert [c.split()[1] for c in calls] == ["view", "create", "view", "upload", "edit"]
    assert "--clobber" in calls[3]


def test_a_tag_for_the_wrong_year_publishes_nothing(runner_checkout: Path) -> None:
    results = release(runner_checkout, "v2031.7")
    assert results[-1].name == "rapport utgivelse" and results[-1].returncode == 1
    assert "Taggen v2031.7 er for år 2031, men report/rapport.yaml gjelder år 2025." in results[-1].output
    assert _gh_calls(runner_checkout) == []
    assert not (runner_checkout.parent.parent / "pages-artifact").exists()


def test_a_tag_off_the_default_branch_publishes_nothing(runner_checkout: Path) -> None:
    repo = git.Repo(runner_checkout)
    repo.git.checkout("-b", "egen-gren")
    (runner_checkout / "report/kapitler/08-utfordringsbildet.md").open("a", encoding="utf-8").write("\nUlest.\n")
    repo.git.commit("-am", "Ikke gjennomgått")
    results = release(runner_checkout, "v2025.1")
    assert results[-1].returncode == 1
    assert "ikke er i hovedgrenen «origin/main»" in results[-1].output
    assert _gh_calls(runner_checkout) == []
