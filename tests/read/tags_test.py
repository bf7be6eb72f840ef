"""Release tags on real Git repositories: refuse untagged and dirty trees, find the previous tag."""

from __future__ import annotations

from pathlib import Path

import git
import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.read import tags
from tests.conftest import init_git


def test_untagged_is_refused(example_git: Path) -> None:
    with pytest.raises(UserError, match=r"HEAD har ingen utgivelsestagg av formen v<år>\.<n>"):
        tags.current(example_git)


def test_wrongly_named_tag_is_named(example_git: Path) -> None:
    git.Repo(example_git).create_tag("2025.1")
    with pytest.raises(UserError, match=r"Taggene på HEAD \(2025.1\) har feil form"):
        tags.current(example_git)


def test_dirty_tree_is_refused(example_git: Path) -> None:
    git.Repo(example_git).create_tag("v2025.1")
    (example_git / "report/kapitler/01-kort-oppsummering.md").write_text("---\n", encoding="utf-8")
    with pytest.raises(UserError, match="endringer som ikke er lagret i Git"):
        tags.current(example_git)


def test_not_git_is_refused(example: Path) -> None:
    with pytest.raises(UserError, match="Git-repositorium"):
        tags.current(example)


def test_tag_and_previous(example: Path) -> None:
    repo = init_git(example)
    repo.create_tag("v2024.1")
    repo.create_tag("ikke-en-utgivelse")
    (example / "report/bilder/ny.txt").write_text("ny\n", encoding="utf-8")
    repo.git.add(A=True)
    repo.git.commit(m="Ny")
    repo.create_tag("v2025.2")
    repo.create_tag("v2025.10")
    release = tags.current(example)
    assert (release.tag, release.previous) == ("v2025.10", "v2024.1")
    assert release.commit == repo.head.commit.hexsha


@pytest.mark.parametrize("name", ["v2025.1", "v2030.12"])
def test_pattern_accepts(name: str) -> None:
    assert tags.TAG.match(name)


@pytest.mark.parametrize("name", ["2025.1", "v25.1", "v2025", "v2025.0", "v2025.1-rc1", "v2025.01"])
def test_pattern_refuses(name: str) -> None:
    assert not tags.TAG.match(name)


def test_a_tag_on_a_tree_is_no_release_and_breaks_nothing(example: Path) -> None:
    repo = init_git(example)
    repo.create_tag("v2024.1")
    repo.git.tag("rar", "HEAD^{tree}")
    (example / "report/bilder/ny.txt").write_text("ny\n", encoding="utf-8")
    repo.git.add(A=True)
    repo.git.commit(m="Ny")
    repo.create_tag("v2025.1")
    repo.git.tag("v2025.9", "HEAD^{tree}")  # named like a release, but no commit
    release = tags.current(example)
    assert (release.tag, release.previous) == ("v2025.1", "v2024.1")


def test_a_shallow_clone_is_refused_with_the_way_out(example: Path, tmp_path: Path) -> None:
    repo = init_git(example)
    repo.create_tag("v2024.1")
    (example / "report/bilder/ny.txt").write_text("ny\n", encoding="utf-8")
    repo.git.add(A=True)
    repo.git.commit(m="Ny")
    repo.create_tag("v2025.1")
    clone = git.Repo.clone_from(f"file://{example}", tmp_path / "grunn", depth=1, branch="v2025.1")
    with pytest.raises(UserError, match="ufullstendig") as caught:
        tags.current(Path(str(clone.working_tree_dir)))
    assert caught.value.hint and "git fetch --unshallow" in caught.value.hint
