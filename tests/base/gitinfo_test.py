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
