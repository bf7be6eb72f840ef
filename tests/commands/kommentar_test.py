"""The pull-request comment: created once, then edited; a fork's read-only token never fails the job."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapportlinja.commands import kommentar as pr_comment
from tests.read import fake_github

REPO = "eksempel-kommune/tilstandsrapport"
SUMMARY = "# Endringer til gjennomgang\n\n- status: utkast → til gjennomgang\n\nSaken gjelder 15838500002.\n"


def _env(tmp_path: Path, url: str, number: int) -> dict[str, str]:
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"action": "synchronize", "pull_request": {"number": number}}), encoding="utf-8")
    return {
        "GITHUB_TOKEN": "ghs_test_only_not_a_token",
        "GITHUB_REPOSITORY": REPO,
        "GITHUB_API_URL": url,
        "GITHUB_EVENT_PATH": str(event),
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_RUN_ID": "4242",
        "GITHUB_SHA": "0123456789abcdef",
        "RAPPORT_UTKAST_URL": "https://github.com/eksempel-kommune/tilstandsrapport/actions/runs/4242/artifacts/1",
    }


def test_created_once_then_edited(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with fake_github.serve("pr-comment-create-then-edit.json") as github:
        env = _env(tmp_path, github.url, 7)
        assert pr_comment.run_from_environment(env, SUMMARY) == 0
        assert "Kommentaren på pull request #7 er laget." in capsys.readouterr().out
        assert pr_comment.run_from_environment(env, SUMMARY) == 0
        assert "Kommentaren på pull request #7 er oppdatert." in capsys.readouterr().out
        assert github.done
    methods = [request["method"] for request in github.seen]
    assert methods == ["GET", "POST", "GET", "GET", "PATCH"]  # one comment: never a second POST
    assert all(r["authorization"] == "Bearer ghs_test_only_not_a_token" for r in github.seen)
    for written in (github.seen[1]["body"]["body"], github.seen[4]["body"]["body"]):
        assert written.startswith(pr_comment.MARKER)
        assert (
            "[Utkast til rapporten (PDF)](https://github.com/eksempel-kommune/tilstandsrapport/actions/runs/4242/artifacts/1)"
            in written
        )
        assert "(https://github.com/eksempel-kommune/tilstandsrapport/actions/runs/4242)" in written
        assert "status: utkast → til gjennomgang" in written
        assert "15838500002" not in written and "*********02" in written


def test_fork_token_is_read_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with fake_github.serve("pr-comment-fork.json") as github:
        assert pr_comment.run_from_environment(_env(tmp_path, github.url, 8), SUMMARY) == 0
        assert github.done
    assert "tokenet bare kan lese" in capsys.readouterr().out


def test_offline_is_a_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = _env(tmp_path, "http://127.0.0.1:9", 7)  # the discard port: nothing answers
    assert pr_comment.run_from_environment(env, SUMMARY) == 0
    assert "ingen kontakt" in capsys.readouterr().out


def test_push_without_pull_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = _env(tmp_path, "http://127.0.0.1:9", 7)
    Path(env["GITHUB_EVENT_PATH"]).write_text(json.dumps({"ref": "refs/heads/main"}), encoding="utf-8")
    assert pr_comment.run_from_environment(env, SUMMARY) == 0
    assert "Ingen pull request" in capsys.readouterr().out
    del env["GITHUB_TOKEN"]
    assert pr_comment.run_from_environment(env, SUMMARY) == 0


def test_module_reads_the_redline_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with fake_github.serve("pr-comment-fork.json") as github:
        for key, value in _env(tmp_path, github.url, 8).items():
            monkeypatch.setenv(key, value)
        summary = tmp_path / "endringer.md"
        summary.write_text(SUMMARY, encoding="utf-8")
        assert pr_comment.main([str(summary)]) == 0
        assert "status: utkast" in github.seen[1]["body"]["body"]
