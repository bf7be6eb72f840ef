"""The release guard on real Git histories: only a commit the default branch has held can be released."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import git
import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.read.tags import Release
from rapportlinja.release import guard

APPROVED = [guard.ChapterStatus("report/kapitler/01-a.md", "godkjent")]


def _commit(repo: git.Repo, text: str) -> git.Commit:
    # A file per commit: the merges never conflict, and each commit still changes the tree.
    path = Path(str(repo.working_tree_dir)) / f"{text.replace(' ', '-')}.md"
    path.write_text(text + "\n", "utf-8")
    repo.git.add(A=True)
    repo.git.commit(m=text)
    return repo.head.commit


@pytest.fixture
def merged(tmp_path: Path) -> dict[str, git.Commit]:
    """main: start, a branch of two commits (the first added a sentence the second took back), merged with --no-ff."""
    repo = git.Repo.init(tmp_path / "kommune", initial_branch="main")
    with repo.config_writer() as config:
        config.set_value("user", "name", "Test").set_value("user", "email", "test@example.invalid")
    shas = {"start": _commit(repo, "Start")}
    repo.git.checkout("-b", "forslag")
    shas["intermediate"] = _commit(repo, "En setning ingen godkjente")
    shas["branch_tip"] = _commit(repo, "Setningen tatt ut igjen")
    repo.git.checkout("main")
    shas["main_meanwhile"] = _commit(repo, "Annen endring på hovedgrenen")
    repo.git.merge("--no-ff", "forslag", m="Merge pull request #7 fra forslag")
    shas["merge"] = repo.head.commit
    shas["after"] = _commit(repo, "Rettet direkte på hovedgrenen")
    return shas


def _release(commit: git.Commit) -> Release:
    return Release("v2025.1", commit.hexsha, dt.date(2026, 3, 1), None)


def _check(repo: git.Repo, commit: git.Commit, branch: str | None = None) -> None:
    guard.check(repo, _release(commit), 2025, APPROVED, branch)


def test_a_tag_inside_a_merged_branch_is_refused_and_the_merge_is_named(merged: dict[str, git.Commit]) -> None:
    repo = merged["start"].repo
    for inside in ("intermediate", "branch_tip"):
        with pytest.raises(UserError) as refused:
            _check(repo, merged[inside])
        message, hint = refused.value.message, refused.value.hint or ""
        assert f"v2025.1 står på commit {merged[inside].hexsha[:10]}, som er et mellomsteg i en gren" in message
        assert "«main»" in message and "aldri gått gjennom som helhet" in message
        assert f"resultatet av flettingen, commit {merged['merge'].hexsha[:10]}" in hint
        assert f"git tag -f v2025.1 {merged['merge'].hexsha[:10]}" in hint


@pytest.mark.parametrize("reviewed", ["start", "main_meanwhile", "merge", "after"])
def test_a_tag_on_the_default_branch_own_history_passes(merged: dict[str, git.Commit], reviewed: str) -> None:
    _check(merged["start"].repo, merged[reviewed])


def test_in_a_fresh_clone_the_default_branch_is_only_origin_main(merged: dict[str, git.Commit], tmp_path: Path) -> None:
    """As in the release job: a clone with the tag checked out and no local main branch."""
    origin = merged["start"].repo
    origin.create_tag("v2025.1", merged["intermediate"])
    clone = git.Repo.clone_from(str(origin.working_tree_dir), tmp_path / "klone")
    clone.git.checkout("v2025.1")
    clone.git.branch("-D", "main")
    with pytest.raises(UserError, match="mellomsteg i en gren som ble flettet inn i «origin/HEAD»"):
        _check(clone, clone.commit(merged["intermediate"].hexsha))
    with pytest.raises(UserError, match="mellomsteg i en gren som ble flettet inn i «origin/main»"):
        _check(clone, clone.commit(merged["intermediate"].hexsha), "origin/main")
    _check(clone, clone.commit(merged["merge"].hexsha), "origin/main")


def test_in_a_shallow_clone_the_guard_says_it_cannot_tell(merged: dict[str, git.Commit], tmp_path: Path) -> None:
    """Three commits deep: the branch's last commit is there, the history behind it is not, so neither
    «reviewed» nor «not reviewed» can be said with certainty."""
    origin = merged["start"].repo
    clone = git.Repo.clone_from(f"file://{origin.working_tree_dir}", tmp_path / "grunn", depth=3)
    tip = clone.commit("origin/main")
    _check(clone, tip, "origin/main")  # the tip itself is on the first-parent history: that much is known
    with pytest.raises(UserError) as refused:
        _check(clone, clone.commit(merged["branch_tip"].hexsha), "origin/main")
    assert "en grunn klone" in refused.value.message and "git fetch --unshallow" in refused.value.message
    assert "fetch-depth: 0" in (refused.value.hint or "")


def test_off_the_default_branch_wrong_year_and_unapproved_still_refused(merged: dict[str, git.Commit]) -> None:
    repo = merged["start"].repo
    repo.git.checkout("-b", "egen")
    unreviewed = _commit(repo, "Ikke gjennomgått")
    with pytest.raises(UserError, match="står på en commit som ikke er i hovedgrenen «main»"):
        _check(repo, unreviewed, "main")
    with pytest.raises(UserError, match=r"Taggen v2025\.1 er for år 2025, men report/rapport\.yaml gjelder år 2026"):
        guard.check(repo, _release(merged["merge"]), 2026, APPROVED, "main")
    pending = [guard.ChapterStatus("report/kapitler/02-b.md", "utkast")]
    with pytest.raises(UserError, match="1 kapittel i rekkefølgen er ikke godkjent"):
        guard.check(repo, _release(merged["merge"]), 2025, pending, "main")


def test_the_merge_is_found_in_a_long_history(tmp_path: Path) -> None:
    """Many merges on main: the binary search names the one that brought the branch in, not a later one."""
    repo = git.Repo.init(tmp_path / "lang", initial_branch="main")
    with repo.config_writer() as config:
        config.set_value("user", "name", "Test").set_value("user", "email", "test@example.invalid")
    _commit(repo, "Start")
    merges = []
    for number in range(40):
        repo.git.checkout("-b", f"gren-{number}")
        inside = _commit(repo, f"Mellomsteg {number}")
        _commit(repo, f"Ferdig {number}")
        repo.git.checkout("main")
        repo.git.merge("--no-ff", f"gren-{number}", m=f"Merge #{number}")
        merges.append((inside, repo.head.commit))
    reviewed = guard.first_parents(repo, repo.head.commit)
    assert len(reviewed) == 41  # the start and one merge per branch; no branch commit
    for inside, merge in merges[::7]:
        assert guard.merged_by(repo, inside, reviewed) == merge
