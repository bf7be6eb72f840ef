import pytest

from rapportlinja.base import gitinfo
from tests.conftest import init_git


def test_commit_time_is_the_build_time(example):
    repo = init_git(example, "2026-03-01T12:00:00+00:00")
    info = gitinfo.read(example)
    assert info.commit == repo.head.commit.hexsha
    assert info.timestamp == 1772366400
    assert not info.dirty and info.tag is None


def test_source_date_epoch_wins_and_tags_and_dirt_are_seen(example, monkeypatch):
    repo = init_git(example)
    repo.create_tag("v2025.1")
    (example / "report/kapitler/01-kort-oppsummering.md").write_text("endret", "utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    info = gitinfo.read(example)
    assert (info.timestamp, info.tag, info.dirty) == (1700000000, "v2025.1", True)


def test_without_git_the_build_says_so(example):
    info = gitinfo.read(example)
    assert info.commit is None and info.dirty


def test_a_tag_on_a_tree_or_a_blob_is_skipped_with_a_warning(example):
    repo = init_git(example)
    repo.git.tag("tre", "HEAD^{tree}")
    repo.git.tag("blob", "HEAD:report/rapport.yaml")
    repo.create_tag("v2025.1")
    info = gitinfo.read(example)
    assert info.tag == "v2025.1"
    assert info.warnings == ("Hopper over tagger som ikke peker på en commit: «blob», «tre».",)


def shallow_clone(source, target):
    import git

    return git.Repo.clone_from(f"file://{source}", target, depth=1)


def test_a_shallow_clone_is_seen_and_said(example, tmp_path):
    repo = init_git(example)
    (example / "report/bilder/ny.txt").write_text("ny\n", "utf-8")
    repo.git.add(A=True)
    repo.git.commit(m="To")
    shallow_clone(example, tmp_path / "grunn")
    info = gitinfo.read(tmp_path / "grunn")
    assert info.shallow and not gitinfo.read(example).shallow
    assert len(info.warnings) == 1 and "git fetch --unshallow" in info.warnings[0]


def test_without_the_git_program_a_checkout_says_what_is_missing(example, monkeypatch):
    init_git(example)
    monkeypatch.setenv("GIT_PYTHON_GIT_EXECUTABLE", "git-finnes-ikke")
    with pytest.raises(gitinfo.GitMissing, match=r"^Fant ikke programmet git"):
        gitinfo.read(example)
    (example / ".git").rename(example / "ikke-git")
    assert gitinfo.read(example).commit is None  # a zip download needs no git program


def test_remote_urls_come_from_the_repository_config_and_from_a_linked_worktree(example, tmp_path):
    repo = init_git(example)
    repo.create_remote("origin", "https://github.com/kommune/tilstandsrapport.git")
    repo.create_remote("speil", "git@github.com:kommune/speil.git")
    with repo.config_writer() as config:
        config.set_value("branch.main", "remote", "origin")  # a section that is not a remote is left out
    expected = ["https://github.com/kommune/tilstandsrapport.git", "git@github.com:kommune/speil.git"]
    assert gitinfo.remote_urls(example) == expected
    linked = tmp_path / "lenket"
    repo.git.worktree("add", "-b", "annen", str(linked))
    assert (linked / ".git").is_file()  # a linked worktree: its config lives in the main repository
    assert gitinfo.remote_urls(linked) == expected


def test_remote_urls_are_empty_outside_git_and_without_remotes(example):
    assert gitinfo.remote_urls(example) == []
    init_git(example)
    assert gitinfo.remote_urls(example) == []
