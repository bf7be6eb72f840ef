"""Who changed and approved each chapter, read from real Git repositories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import git

from rapportlinja.read import history
from rapportlinja.review import participation

CHAPTER = "report/kapitler/04-bemanning.md"


def _commit(repo: git.Repo, name: str, message: str, date: str, text: str = "") -> None:
    path = Path(repo.working_tree_dir) / CHAPTER
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((path.read_text() if path.exists() else "") + (text or message) + "\n", encoding="utf-8")
    repo.git.add(A=True)
    stamp = f"{date}T12:00:00+01:00"
    repo.git.commit(
        m=message,
        env={
            "GIT_AUTHOR_NAME": name,
            "GIT_AUTHOR_EMAIL": f"{name.split()[0].lower()}@kommune.no",
            "GIT_COMMITTER_NAME": name,
            "GIT_COMMITTER_EMAIL": "x@kommune.no",
            "GIT_AUTHOR_DATE": stamp,
            "GIT_COMMITTER_DATE": stamp,
        },
    )


def _repo(tmp_path: Path) -> git.Repo:
    repo = git.Repo.init(tmp_path / "repo", initial_branch="main")
    with repo.config_writer() as config:
        config.set_value("commit", "gpgsign", "false")
    return repo


def test_authors_co_authors_and_reviewers_never_the_merger(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    _commit(repo, "Kari Nordmann", "Første utkast", "2026-02-01")
    repo.git.checkout("-b", "bemanning")
    _commit(repo, "Ola Nordmann", "Nye tall\n\nCo-authored-by: Per Hansen <per@kommune.no>", "2026-02-10")
    repo.git.checkout("main")
    stamp = "2026-02-12T09:00:00+01:00"
    repo.git.merge(
        "--no-ff",
        "bemanning",
        m="Merge pull request #3\n\nReviewed-by: Tone Tillitsvalgt <tone@fagforbund.no>",
        env={
            "GIT_AUTHOR_NAME": "Berit Leder",
            "GIT_AUTHOR_EMAIL": "berit@kommune.no",
            "GIT_COMMITTER_NAME": "GitHub",
            "GIT_COMMITTER_EMAIL": "noreply@github.com",
            "GIT_AUTHOR_DATE": stamp,
            "GIT_COMMITTER_DATE": stamp,
        },
    )
    commits = history.read_commits(Path(repo.working_tree_dir))
    assert commits is not None
    found = participation.by_file(commits, [CHAPTER])[CHAPTER]
    assert [p.name for p in found.changed] == ["Kari Nordmann", "Ola Nordmann", "Per Hansen"]
    # Berit pressed Merge: that is no approval, so only the trailer counts.
    assert [p.name for p in found.approved] == ["Tone Tillitsvalgt"]
    assert found.approved[0].last == dt.date(2026, 2, 12)
    assert "Berit Leder" not in repr(found)
    assert "@" not in repr(found)


def test_latest_date_per_person(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    _commit(repo, "Kari Nordmann", "En", "2026-01-05")
    _commit(repo, "Kari Nordmann", "To", "2026-03-02")
    commits = history.read_commits(Path(repo.working_tree_dir))
    assert commits is not None
    assert participation.people(commits).changed == (participation.Person("Kari Nordmann", dt.date(2026, 3, 2)),)


def test_other_files_do_not_count(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    _commit(repo, "Kari Nordmann", "En", "2026-01-05")
    commits = history.read_commits(Path(repo.working_tree_dir))
    assert commits is not None
    assert participation.by_file(commits, ["report/kapitler/01-annet.md"])["report/kapitler/01-annet.md"] == ((), ())


def test_no_git_is_none(tmp_path: Path) -> None:
    assert history.read_commits(tmp_path) is None


def test_addresses_never_survive() -> None:
    assert participation.clean_name("Kari Nordmann <kari@kommune.no>") == "Kari Nordmann"
    assert participation.clean_name("kari@kommune.no") == ""
    co_authors, reviewers = participation.trailers(
        "Tekst\n\nCo-authored-by: kari@kommune.no\nReviewed-by: Tone T <t@x.no>\nApproved-by: Per <p@x.no>"
    )
    assert co_authors == []
    assert reviewers == ["Tone T", "Per"]
