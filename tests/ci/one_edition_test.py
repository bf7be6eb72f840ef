"""Build once, publish everywhere: a release run with the workflow's steps and GitHub's recorded answers.

The history holds three reviewed pull requests (a merge, a squash and a rebase merge), then the merged
release pull request (report/utgivelse.yaml, the Team plan's gate); the approvals come from recorded
API responses, served locally. The GitHub release and the Pages artifact must then hold the same PDF,
the same approvals record and the same SHA256SUMS, byte for byte, and that PDF must name the approvers.
A rebuild from the tag with the released record and no GitHub gives the same files.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import git
import pypdf
import pytest

from tests.ci.release_workflow_test import (  # noqa: F401 - runner_checkout is a fixture
    PULL,
    published_assets,
    release,
    runner_checkout,
    site_files,
)
from tests.read import fake_github

pytestmark = pytest.mark.slow

REPOSITORY = "eksempel-kommune/tilstandsrapport"  # as in the recorded answers
BEMANNING = "report/kapitler/04-bemanning-og-kompetanse.md"
OM = "report/kapitler/02-om-barnevernet.md"
BRUKER = "report/kapitler/06-brukermedvirkning.md"


def _commit(repo: git.Repo, rel: str, text: str, when: str, author: str = "Ola Saksbehandler") -> str:
    path = Path(str(repo.working_tree_dir)) / rel
    path.write_text(path.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")
    repo.git.add(A=True)
    stamp = f"{when}T12:00:00+01:00"
    people = {"GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "author@example.invalid"}
    dates = {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    repo.git.commit(m=text, env={**people, **dates, "GIT_COMMITTER_NAME": "GitHub"})
    return repo.head.commit.hexsha


def reviewed_history(origin: git.Repo) -> dict[str, str]:
    """The recorded pull requests as commits on main: #11 merged, #12 squashed, #13 rebased (two commits)."""
    edition = Path(str(origin.working_tree_dir)) / "report/rapport.yaml"
    text = edition.read_text(encoding="utf-8")
    members = "team_medlemmer:\n  tillitsvalgte: [tone-tillitsvalgt, per-verneombud]\n"
    edition.write_text(text.replace("medvirkning_visning: roller\n", members), encoding="utf-8")
    origin.git.commit("-am", "Hvem som er i teamene")  # touches no chapter: GitHub is not asked about it
    shas = {"initial": origin.head.commit.parents[0].hexsha}
    origin.git.checkout("-b", "bemanning")
    shas["branch"] = _commit(origin, BEMANNING, "Nye tall for 2025.", "2026-02-08")
    origin.git.checkout("main")
    origin.git.merge("--no-ff", "bemanning", m="Merge pull request #11 from eksempel-kommune/bemanning")
    shas["merge"] = origin.head.commit.hexsha
    shas["squash"] = _commit(origin, OM, "Ny innledning (#12)", "2026-03-03")
    shas["rebase1"] = _commit(origin, BRUKER, "Rettelse en", "2026-03-05")
    shas["rebase2"] = _commit(origin, BRUKER, "Rettelse to", "2026-03-05")
    return shas


def merge_release(origin: git.Repo, version: str) -> str:
    """The reviewed release pull request, merged last: the workflow tags this merge."""
    root = Path(str(origin.working_tree_dir))
    origin.git.checkout("-b", "utgivelse")
    (root / "report/utgivelse.yaml").write_text(f"versjon: {version}\n", encoding="utf-8")
    origin.git.add(A=True)
    origin.git.commit(m=f"Gi ut {version}")
    origin.git.checkout("main")
    origin.git.merge("--no-ff", "utgivelse", m=PULL)
    return origin.head.commit.hexsha


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    (tmp_path / "lest.pdf").write_bytes(data)
    return " ".join("".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "lest.pdf").pages).split())


def test_the_site_shows_the_released_pdf_record_and_sums_with_the_approvers(
    runner_checkout: Path,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    origin = git.Repo(runner_checkout.parent.parent / "kommune")
    origin.git.reset("--hard", "HEAD^1")  # the fixture's release merge goes last, after the reviewed history
    shas = reviewed_history(origin)
    merge_release(origin, "v2025.1")
    clone = git.Repo(runner_checkout)
    clone.git.fetch("--quiet")
    clone.git.reset("--hard", "origin/main")
    with fake_github.serve("approvals-three-merges.json", substitutions=shas) as github:
        built, published = release(runner_checkout, github.url, REPOSITORY)
        steps = built + published
        assert [step.returncode for step in steps] == [0] * len(steps), [(s.name, s.output) for s in steps]
        assert github.done, github.seen  # the approvals were read once: one build, not one per channel

    assets, site = published_assets(runner_checkout, "v2025.1"), site_files(runner_checkout)
    assert set(assets) == {"tilstandsrapport-2025.pdf", "SHA256SUMS", "godkjenninger.json", ".notes"}
    for name in ("tilstandsrapport-2025.pdf", "SHA256SUMS", "godkjenninger.json"):
        assert site[name] == assets[name], name  # every channel gets the very bytes of the one edition
    assert site["UTGIVELSESNOTATER.md"] == assets[".notes"]

    # One SHA256SUMS over the whole edition: it checks every file of the site, and the release's own files.
    sums = site["SHA256SUMS"].decode()
    assert [line.split("  ", 1)[1] for line in sums.splitlines()] == sorted(set(site) - {"SHA256SUMS"})
    for name in ("tilstandsrapport-2025.pdf", "godkjenninger.json"):
        assert f"{hashlib.sha256(assets[name]).hexdigest()}  {name}\n" in sums
    pages = runner_checkout.parent.parent / "artifacts/github-pages"
    subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=pages, check=True)

    text = _pdf_text(site["tilstandsrapport-2025.pdf"], tmp_path)
    assert "tillitsvalgte (11. februar 2026)" in text  # «Medvirkning»: the approval of pull request #11
    assert "tillitsvalgte (2. mars 2026)" in text and "tillitsvalgte (4. mars 2026)" in text
    assert "ingen er oppført som godkjenner" not in text
    assert "UTKAST" not in text and "v2025.1" in text
    record = json.loads(assets["godkjenninger.json"])
    assert [entry["nummer"] for entry in record["pull_requests"]] == [11, 12, 13]  # #14 is not in this history

    # A rebuild from the tag with the released record and no GitHub at all: the same files, byte for byte.
    (tmp_path / "godkjenninger.json").write_bytes(assets["godkjenninger.json"])
    shutil.rmtree(runner_checkout / "build")
    env = {**os.environ, "RAPPORT_GODKJENNINGER_FIL": str(tmp_path / "godkjenninger.json")}
    for key in ("GITHUB_TOKEN", "GITHUB_REPOSITORY", "GITHUB_API_URL", "GITHUB_ACTIONS"):
        env.pop(key, None)
    rebuilt = subprocess.run(
        [str(runner_checkout / ".venv/bin/rapport"), "utgivelse"], cwd=runner_checkout, env=env, capture_output=True
    )
    assert rebuilt.returncode == 0, rebuilt.stderr.decode()
    folder = runner_checkout / "build/utgivelse/v2025.1"
    assert {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()} == site
