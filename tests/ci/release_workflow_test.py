"""The release workflow (utgivelse.yml) run step by step on the Team plan's path, with a fake `gh` as GitHub's.

A release is a reviewed pull request that changes report/utgivelse.yaml, merged into main; the workflow
builds with a read-only token, then makes the tag and the release with `gh` only. This file holds the
workflow's own promises (the tag, the calls to GitHub, a re-run, the refusals); that every channel gets
the same bytes, with the approvers in the PDF, is tests/ci/one_edition_test.py's.

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
from tests.read import fake_github

pytestmark = pytest.mark.slow

WORKFLOW = ROOT / ".github/workflows/utgivelse.yml"
FAKE_GH = r"""#!/usr/bin/env bash
# A stand-in for GitHub's CLI: releases are folders under $FAKE_GH_STATE.
set -e
echo "$*" >> "$FAKE_GH_LOG"
if [ "$1" = api ]; then
  # git/ref/tags/T: the tag's commit, or 404; git/refs -f ref=refs/tags/T -f sha=S: make it.
  case "$2" in
    */git/ref/tags/*) t="${2##*/}"; [ -f "$FAKE_GH_STATE/.tags/$t" ] || exit 1; cat "$FAKE_GH_STATE/.tags/$t" ;;
    */git/refs) mkdir -p "$FAKE_GH_STATE/.tags"; ref=${4#ref=refs/tags/}; echo "${6#sha=}" > "$FAKE_GH_STATE/.tags/$ref" ;;
    *) exit 2 ;;
  esac
  exit 0
fi
[ "$1" = release ] || { echo "fake gh: only «release» and «api» are known" >&2; exit 2; }
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
  download)
    [ -d "$dir" ] || { echo "release not found" >&2; exit 1; }
    out=.; while [ $# -gt 0 ]; do [ "$1" = --dir ] && out=$2; shift; done
    mkdir -p "$out" && cp "$dir/godkjenninger.json" "$out/" ;;
  *) exit 2 ;;
esac
"""


PULL = "Merge pull request #40 from fjellbygd-kommune/utgivelse"


@pytest.fixture
def runner_checkout(tmp_path: Path) -> Path:
    """The municipality's repository with every chapter approved and a merged release pull request."""
    origin = copy_example(tmp_path / "kommune")
    approve_all(origin)
    shutil.copy(ROOT / ".gitignore", origin / ".gitignore")  # the template's: build/ and .venv/ stay out of Git
    init_git(origin)
    _merge_release(origin, "v2025.1")
    clone = tmp_path / "runner/work"
    git.Repo.clone_from(str(origin), clone)
    (clone / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    (clone / ".git/info/exclude").write_text(".venv\n", encoding="utf-8")
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir()
    (bin_dir / "gh").write_text(FAKE_GH, encoding="utf-8")
    (bin_dir / "gh").chmod(0o755)
    return clone


def _merge_release(origin: Path, version: str) -> None:
    """The release pull request: «versjon» in report/utgivelse.yaml, reviewed and merged into main."""
    repo = git.Repo(origin)
    repo.git.checkout("-b", "utgivelse")
    (origin / "report/utgivelse.yaml").write_text(f"versjon: {version}  # godkjent av teamet\n", encoding="utf-8")
    repo.git.add(A=True)
    repo.git.commit(m=f"Gi ut {version}")
    repo.git.checkout("main")
    repo.git.merge("--no-ff", "utgivelse", m=PULL)
    repo.git.branch("-D", "utgivelse")


def _fake_upload(step: dict[str, Any], cwd: Path) -> int:
    """actions/upload-artifact and upload-pages-artifact: the folder is kept, by name, to be looked at."""
    source = cwd / step["path"]
    if not source.is_dir():
        return 1
    target = cwd.parent.parent / "artifacts" / step.get("name", "github-pages")
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return 0


def _fake_download(step: dict[str, Any], cwd: Path) -> int:
    source = cwd.parent.parent / "artifacts" / step["name"]
    shutil.copytree(source, cwd / step["path"], dirs_exist_ok=True)
    return 0


def release(
    checkout: Path, api_url: str, repository: str = "fjellbygd-kommune/tilstandsrapport"
) -> tuple[list[StepResult], list[StepResult]]:
    """The build job, then (when it passed) the job that makes the tag and the release, as on a runner.

    `api_url`: the recorded GitHub the build job reads approvals from; `repository`: as in the recording.
    """
    repo = git.Repo(checkout)
    fake = checkout.parent.parent
    (checkout.parent / "publish").mkdir(exist_ok=True)  # the publishing job's empty workspace
    env = {
        "PATH": os.pathsep.join([str(fake / "fake-bin"), str(checkout / ".venv/bin"), os.environ["PATH"]]),
        "HOME": str(fake),
        "FAKE_GH_STATE": str(fake / "releases"),
        "FAKE_GH_LOG": str(fake / "gh.log"),
        "LANG": "C.UTF-8",
        "GITHUB_REPOSITORY": repository,
        "GITHUB_API_URL": api_url,
        # The sources under test when the suite runs with them first on the path (a worktree beside the venv's).
        **{key: os.environ[key] for key in ("PYTHONPATH",) if key in os.environ},
    }
    context = {
        "github.event.repository.default_branch": "main",
        "github.token": "fake-token",
        "github.repository": repository,
        "github.sha": repo.head.commit.hexsha,
    }
    workdir = checkout.parent
    built = run_job(
        WORKFLOW,
        "bygg",
        checkout,
        {**context, "steps.versjon.outputs.tagg": _tag(checkout)},
        env,
        skip=lambda step: "Installer" in step.get("name", ""),
        actions={"actions/upload-artifact": _fake_upload, "actions/upload-pages-artifact": _fake_upload},
    )
    if built[-1].returncode != 0:
        return built, []
    published = run_job(
        WORKFLOW,
        "publiser-utgivelse",
        workdir / "publish",
        {**context, "needs.bygg.outputs.tagg": _tag(checkout)},
        env,
        actions={"actions/download-artifact": _fake_download},
    )
    return built, published


def _tag(checkout: Path) -> str:
    text = (checkout / "report/utgivelse.yaml").read_text(encoding="utf-8")
    return text.split("versjon:")[1].split("#")[0].strip()


def published_assets(checkout: Path, tag: str) -> dict[str, bytes]:
    folder = checkout.parent.parent / "releases" / tag
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def site_files(checkout: Path) -> dict[str, bytes]:
    folder = checkout.parent.parent / "artifacts" / "github-pages"
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _gh_calls(checkout: Path) -> list[str]:
    log = checkout.parent.parent / "gh.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def recording_of(checkout: Path) -> dict[str, str]:
    merge = git.Repo(checkout).head.commit.hexsha
    return {"merge": merge, "merge-first-parent": git.Repo(checkout).git.rev_parse("HEAD^1")}


def test_merging_the_reviewed_release_file_tags_publishes_and_reruns_cleanly(runner_checkout: Path) -> None:
    recording = recording_of(runner_checkout)
    with fake_github.serve("release-approvals.json", substitutions=recording) as github:
        built, published = release(runner_checkout, github.url)
    assert [r.returncode for r in built] == [0] * len(built), built[-1].output
    assert [r.returncode for r in published] == [0] * len(published), published[-1].output
    assert len(github.seen) == 2  # one bulk call for the approvals and one for the team, never one per commit
    assert [r.name for r in built if r.name.startswith(("rapport", "Lag nettutgaven", "Samle"))] == [
        "rapport utgivelse"  # the edition is built once; no second build for the site, no copy step
    ]

    head = git.Repo(runner_checkout).head.commit.hexsha
    calls = _gh_calls(runner_checkout)
    assert [c.split()[:2] for c in calls[-4:]] == [
        ["api", "repos/fjellbygd-kommune/tilstandsrapport/git/ref/tags/v2025.1"],
        ["api", "repos/fjellbygd-kommune/tilstandsrapport/git/refs"],
        ["release", "view"],
        ["release", "create"],
    ]
    assert (runner_checkout.parent.parent / "releases/.tags/v2025.1").read_text().strip() == head  # by the workflow

    assets = published_assets(runner_checkout, "v2025.1")
    assert set(assets) == {"tilstandsrapport-2025.pdf", "SHA256SUMS", "godkjenninger.json", ".notes"}
    assert "agenda" not in "".join(calls)  # the release is public: no internal agendas
    assert b'"navn": "tillitsvalgte"' in assets["godkjenninger.json"]
    site = site_files(runner_checkout)
    assert {"index.html", "nytt.html", "SHA256SUMS", "tilstandsrapport-2025.pdf"} <= set(site)
    assert not [name for name in site if "agenda" in name or "referat" in name or name.startswith("meetings")]

    with fake_github.serve("release-approvals.json", substitutions=recording) as github:
        built, published = release(runner_checkout, github.url)  # «Re-run jobs» on the same merge
    assert [r.returncode for r in built + published] == [0] * len(built + published), (built + published)[-1].output
    assert published_assets(runner_checkout, "v2025.1") == assets  # same commit, same bytes, replaced
    assert site_files(runner_checkout) == site
    again = _gh_calls(runner_checkout)[len(calls) :]
    assert [c.split()[:2] for c in again[-3:]] == [["release", "view"], ["release", "upload"], ["release", "edit"]]
    assert "--clobber" in again[-2]
    assert not [c for c in again if c.startswith("api") and c.split()[1].endswith("/git/refs")]  # tag kept as it is


def test_a_version_for_another_year_publishes_nothing(runner_checkout: Path) -> None:
    origin = runner_checkout.parent.parent / "kommune"
    _merge_release(origin, "v2031.7")
    git.Repo(runner_checkout).git.pull("--ff-only", "--quiet")
    built, published = release(runner_checkout, "http://127.0.0.1:9")
    assert built[-1].name == "rapport utgivelse" and built[-1].returncode == 1
    assert "Taggen v2031.7 er for år 2031, men report/rapport.yaml gjelder år 2025." in built[-1].output
    assert published == [] and not (runner_checkout.parent.parent / "artifacts").exists()


def test_a_version_already_given_out_from_another_commit_is_refused(runner_checkout: Path) -> None:
    repo = git.Repo(runner_checkout)
    repo.create_tag("v2025.1", ref="HEAD^1")  # say, a tag someone made by hand before the merge
    built, published = release(runner_checkout, "http://127.0.0.1:9")
    assert built[-1].name == "Versjonen fra report/utgivelse.yaml" and built[-1].returncode == 1
    assert "Versjonen v2025.1 er allerede gitt ut fra en annen commit" in built[-1].output
    assert published == [] and _gh_calls(runner_checkout) == []


def test_approvals_that_cannot_be_read_stop_the_release(runner_checkout: Path) -> None:
    built, published = release(runner_checkout, "http://127.0.0.1:9")
    assert built[-1].name == "rapport utgivelse" and built[-1].returncode == 1
    assert "Utgivelsen er stoppet" in built[-1].output
    assert published == [] and not (runner_checkout.parent.parent / "releases/v2025.1").exists()
