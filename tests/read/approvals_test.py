"""Approvals in «Medvirkning» come from GitHub's reviews, for merge, squash and rebase merges; never the merger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import git
import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.base.layout import Layout
from rapportlinja.read import approvals, approvals_record, repository
from rapportlinja.render.report import review_appendix
from rapportlinja.review import appendix
from tests.read import fake_github

REPO = "eksempel-kommune/tilstandsrapport"
BEMANNING = "report/kapitler/04-bemanning-og-kompetanse.md"  # merge commit, pressed by Berit
OM = "report/kapitler/02-om-barnevernet.md"  # squash merge
BRUKER = "report/kapitler/06-brukermedvirkning.md"  # rebase merge, two commits
OPPSUMMERING = "report/kapitler/01-kort-oppsummering.md"  # only the first commit
MEMBERS = "team_medlemmer:\n  tillitsvalgte: [tone-tillitsvalgt, per-verneombud]\n"


def _commit(repo: git.Repo, rel: str, text: str, author: str, when: str, committer: str = "GitHub") -> str:
    path = Path(str(repo.working_tree_dir)) / rel
    path.write_text(path.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")
    repo.git.add(A=True)
    stamp = f"{when}T12:00:00+01:00"
    repo.git.commit(
        m=text,
        env={
            "GIT_AUTHOR_NAME": author,
            "GIT_AUTHOR_EMAIL": "author@example.invalid",
            "GIT_COMMITTER_NAME": committer,
            "GIT_COMMITTER_EMAIL": "noreply@example.invalid",
            "GIT_AUTHOR_DATE": stamp,
            "GIT_COMMITTER_DATE": stamp,
        },
    )
    return repo.head.commit.hexsha


@pytest.fixture
def merged(example_git: Path) -> tuple[Path, dict[str, str]]:
    """Three pull requests: one merged with a merge commit, one squashed, one rebased."""
    repo = git.Repo(example_git)
    shas = {"initial": repo.head.commit.hexsha}
    repo.git.checkout("-b", "bemanning")
    shas["branch"] = _commit(
        repo, BEMANNING, "Nye tall for 2025.", "Ola Saksbehandler", "2026-02-08", "Ola Saksbehandler"
    )
    repo.git.checkout("main")
    stamp = "2026-02-12T09:00:00+01:00"
    repo.git.merge(
        "--no-ff",
        "bemanning",
        m="Merge pull request #11 from eksempel-kommune/bemanning",
        env={
            "GIT_AUTHOR_NAME": "Berit Leder",
            "GIT_AUTHOR_EMAIL": "berit@example.invalid",
            "GIT_COMMITTER_NAME": "GitHub",
            "GIT_COMMITTER_EMAIL": "noreply@example.invalid",
            "GIT_AUTHOR_DATE": stamp,
            "GIT_COMMITTER_DATE": stamp,
        },
    )
    shas["merge"] = repo.head.commit.hexsha
    shas["squash"] = _commit(repo, OM, "Ny innledning (#12)", "Ola Saksbehandler", "2026-03-03")
    shas["rebase1"] = _commit(repo, BRUKER, "Rettelse en", "Ola Saksbehandler", "2026-03-05")
    shas["rebase2"] = _commit(repo, BRUKER, "Rettelse to", "Ola Saksbehandler", "2026-03-05")
    return example_git, shas


def _env(url: str) -> dict[str, str]:
    return {"GITHUB_TOKEN": "ghs_test_only_not_a_token", "GITHUB_REPOSITORY": REPO, "GITHUB_API_URL": url}


def _set(root: Path, old: str, new: str) -> None:
    edition = root / "report/rapport.yaml"
    text = edition.read_text(encoding="utf-8")
    assert old in text
    edition.write_text(text.replace(old, new), encoding="utf-8")


def _rows(root: Path, *recorded: str, shas: dict[str, str]) -> tuple[appendix.Appendix, fake_github.Playback]:
    layout = Layout(root)
    chapters = repository.read(layout).chapter_records()
    with fake_github.serve(*recorded, substitutions=shas) as github:
        built = review_appendix(layout, chapters, "nb", env=_env(github.url))
    return built, github


def _approved(built: appendix.Appendix, title: str) -> str:
    return next(row.approved for row in built.rows if row.title == title)


def test_roles_by_default_from_reviews_never_the_merger(merged: tuple[Path, dict[str, str]]) -> None:
    root, shas = merged
    _set(root, "medvirkning_visning: roller\n", MEMBERS)
    built, github = _rows(root, "approvals-three-merges.json", shas=shas)
    assert github.done, github.seen
    assert built.note == ""
    assert _approved(built, "Bemanning og kompetanse") == "tillitsvalgte (11. februar 2026)"  # merge commit
    assert _approved(built, "Om barnevernet") == "tillitsvalgte (2. mars 2026)"  # squash merge
    assert _approved(built, "Brukermedvirkning") == "tillitsvalgte (4. mars 2026)"  # rebase merge
    assert _approved(built, "Kort oppsummering") == "–"  # only the first commit, pushed directly
    assert _approved(built, "Utfordringsbildet") == "–"  # #14 was merged after this build's commit
    assert "Berit" not in repr(built) and "berit" not in repr(built)
    assert all("medarbeider" not in row.approved for row in built.rows)  # the merger is in no team


def test_names_when_the_edition_opts_in(merged: tuple[Path, dict[str, str]]) -> None:
    root, shas = merged
    listed = 'roller:\n  "Tone Tillitsvalgt": tillitsvalgt\n'
    _set(root, "medvirkning_visning: roller\n", "medvirkning_visning: navn\n" + MEMBERS + listed)
    built, github = _rows(root, "approvals-three-merges.json", "approvals-names.json", shas=shas)
    assert github.done
    assert _approved(built, "Bemanning og kompetanse") == "Tone Tillitsvalgt (11. februar 2026)"
    # Matched to a role but not listed by name in the edition: the role, never the login.
    assert _approved(built, "Om barnevernet") == "tillitsvalgte (2. mars 2026)"
    assert "Berit" not in repr(built) and "kari-kollega" not in repr(built)  # merger; dismissed approval
    assert _approved(built, "Bemanning og kompetanse") != "Berit Leder (12. februar 2026)"


def test_team_members_from_github_when_not_listed(merged: tuple[Path, dict[str, str]]) -> None:
    root, shas = merged
    _set(root, "medvirkning_visning: roller\n", "")
    built, github = _rows(root, "approvals-three-merges.json", "approvals-team-members.json", shas=shas)
    assert github.done
    assert _approved(built, "Om barnevernet") == "tillitsvalgte (2. mars 2026)"


def test_without_permission_names_no_one(merged: tuple[Path, dict[str, str]]) -> None:
    root, shas = merged
    built, github = _rows(root, "approvals-forbidden.json", shas=shas)
    assert github.done
    assert built.note == (
        "Jobben som laget rapporten, fikk ikke lese pull requestene på GitHub, så ingen er oppført som godkjenner."
    )
    assert all(row.approved == "–" for row in built.rows)
    assert "Berit" not in repr(built)


def test_a_tag_build_that_cannot_read_approvals_stops(merged: tuple[Path, dict[str, str]]) -> None:
    root, shas = merged
    layout = Layout(root)
    chapters = repository.read(layout).chapter_records()
    with (
        fake_github.serve("approvals-forbidden.json", substitutions=shas) as github,
        pytest.raises(UserError) as refused,
    ):
        review_appendix(layout, chapters, "nb", env={**_env(github.url), "GITHUB_REF_TYPE": "tag"})
    assert "Godkjenningene til vedlegget «Medvirkning» kunne ikke leses: GitHub svarte 403" in refused.value.message
    assert "ingen har godkjent" in refused.value.message
    for env in ({"GITHUB_REF_TYPE": "tag"}, {approvals.REQUIRED: "1", **_env("http://127.0.0.1:9")}):
        with pytest.raises(UserError, match="Utgivelsen er stoppet"):
            review_appendix(layout, chapters, "nb", env=env)


def test_the_record_rebuilds_the_same_appendix_without_github(merged: tuple[Path, dict[str, str]]) -> None:
    root, shas = merged
    _set(root, "medvirkning_visning: roller\n", MEMBERS)
    record = root / "build/godkjenninger.json"
    layout = Layout(root)
    chapters = repository.read(layout).chapter_records()
    with fake_github.serve("approvals-three-merges.json", substitutions=shas) as github:
        live = review_appendix(layout, chapters, "nb", env=_env(github.url))
    written = live.record.encode("utf-8")  # what a release publishes as godkjenninger.json (pipeline/edition.py)
    assert b"tone-tillitsvalgt" not in written and b'"navn": "tillitsvalgte"' in written  # what the appendix shows
    assert b'"nummer": 14' not in written  # merged after this commit: not part of this edition
    record.parent.mkdir(exist_ok=True)
    record.write_bytes(written)
    rebuilt = review_appendix(layout, chapters, "nb", env={approvals.FROM_FILE: str(record), "GITHUB_REF_TYPE": "tag"})
    assert rebuilt == live
    with fake_github.serve("approvals-forbidden.json", substitutions=shas) as github:  # never asked
        again = review_appendix(layout, chapters, "nb", env={**_env(github.url), approvals.FROM_FILE: str(record)})
    assert github.seen == [] and again == live and again.record.encode("utf-8") == written


def test_the_next_release_reads_only_newer_pull_requests(merged: tuple[Path, dict[str, str]]) -> None:
    root, shas = merged
    _set(root, "medvirkning_visning: roller\n", MEMBERS)
    layout = Layout(root)
    chapters = repository.read(layout).chapter_records()
    previous = root / "forrige.json"
    previous.write_text(
        approvals_record.dumps(
            approvals_record.Record(
                "roller",
                (
                    approvals_record.Entry(
                        9,
                        "2025-11-01T10:00:00Z",
                        shas["initial"],
                        (OPPSUMMERING,),
                        (approvals_record.Approver("verneombud", dt.date(2025, 10, 30)),),
                    ),
                ),
            )
        ),
        encoding="utf-8",
    )
    with fake_github.serve("approvals-three-merges.json", substitutions=shas) as github:
        built = review_appendix(layout, chapters, "nb", env={**_env(github.url), approvals.PREVIOUS: str(previous)})
    assert github.done
    assert _approved(built, "Kort oppsummering") == "verneombud (30. oktober 2025)"  # from the previous release
    assert _approved(built, "Om barnevernet") == "tillitsvalgte (2. mars 2026)"  # read from GitHub


def test_offline_and_local_name_no_one(merged: tuple[Path, dict[str, str]]) -> None:
    root, _ = merged
    layout = Layout(root)
    chapters = repository.read(layout).chapter_records()
    offline = review_appendix(layout, chapters, "nb", env=_env("http://127.0.0.1:9"))
    assert offline.note == "GitHub kunne ikke nås da rapporten ble laget, så ingen er oppført som godkjenner."
    local = review_appendix(layout, chapters, "nn", env={})
    assert local.note.startswith("Godkjenningane blir henta frå pull requestane på GitHub")
    for built in (offline, local):
        assert all(row.approved == "–" for row in built.rows) and "Berit" not in repr(built)
