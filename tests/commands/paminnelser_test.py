"""`rapport paminnelser` on the example against a local issue tracker: the workflow's steps, run here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapportlinja.base.personal.scanner import scan_text
from rapportlinja.commands import paminnelser
from tests.meetings.helpers import run
from tests.status import fake_issues

DAY = "2026-12-06"


def _env(url: str) -> dict[str, str]:
    return {"GITHUB_TOKEN": "ghs_test_only_not_a_token", "GITHUB_REPOSITORY": fake_issues.REPO, "GITHUB_API_URL": url}


def _run(root: Path, tracker: fake_issues.Tracker, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.chdir(root)
    monkeypatch.setenv("RAPPORT_I_DAG", DAY)
    return paminnelser.run(14, _env(tracker.url))


def test_first_run_creates_second_changes_nothing_and_done_is_closed(
    example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with fake_issues.serve() as tracker:
        assert _run(example, tracker, monkeypatch) == 0
        out = capsys.readouterr().out
        assert out.startswith("Laget #2: Status\nFestet #2 øverst i sakslisten.\n")
        titles = set(tracker.open_issues())
        assert "Status" in titles
        assert "Tiltak med frist 30. november 2026: Gjennomføre internrevisjon av et utvalg tiltaksplaner" in titles
        assert "Tilsyn TILSYN-2026-1, funn 1: frist 15. desember 2026" in titles
        assert any(t.startswith("Dagsordenen ut innen 10. desember 2026: kommunalsjef barn og familie") for t in titles)
        status = tracker.open_issues()["Status"]["body"]
        assert status.startswith("<!-- rapportlinja:status -->\n# Status for rapporteringen 6\\. desember 2026")
        for issue in tracker.issues.values():
            assert scan_text(issue["body"]) == []  # no ID number, phone number or e-mail address

        writes = len(tracker.writes)
        assert _run(example, tracker, monkeypatch) == 0
        assert capsys.readouterr().out == "Sakene er i takt med dataene; ingenting ble endret.\n"
        assert len(tracker.writes) == writes

        # The tilsyn finding is closed and a later minutes file closes the overdue action: both issues close.
        registers = example / "meetings/registre.yaml"
        text = registers.read_text("utf-8")
        registers.write_text(
            text.replace("frist: 2026-12-15\n", "frist: 2026-12-15\n        lukket: 2026-12-04\n", 1), "utf-8"
        )
        minutes = example / "meetings/barnevernleder-kommunalsjef/2026-11-10.md"
        minutes.write_text(
            minutes.read_text("utf-8").replace(
                "    status: lukket\n",
                "    status: lukket\n  - referat: 2026-09-08\n    tiltak: 1\n    status: lukket\n",
                1,
            ),
            "utf-8",
        )
        assert _run(example, tracker, monkeypatch) == 0
        out = capsys.readouterr().out
        assert "Lukket #" in out and "Tilsyn TILSYN-2026-1, funn 1" in out and "Gjennomføre internrevisjon" in out
        closed = {i["title"] for i in tracker.issues.values() if i["state"] == "closed"}
        assert closed == {
            "Tilsyn TILSYN-2026-1, funn 1: frist 15. desember 2026",
            "Tiltak med frist 30. november 2026: Gjennomføre internrevisjon av et utvalg tiltaksplaner",
        }
        assert "Oppdaterte #2: Status" in out  # the board changed with the data


def test_the_plan_is_json_and_needs_no_token(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "paminnelser", "--plan", "--i-dag", DAY) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["today"] == DAY and data["label"] == "rapportlinja"
    keys = [issue["key"] for issue in data["issues"]]
    assert keys[0] == "status" and "register:TILSYN-2026-1:funn1" in keys
    assert len(keys) == len(set(keys))
    assert all(issue["body"].startswith("<!-- rapportlinja:") for issue in data["issues"])


def test_without_a_token_it_says_what_is_missing(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("GITHUB_TOKEN", raising=False)
        patch.delenv("GH_TOKEN", raising=False)
        assert run(example, "paminnelser") == 1
    err = capsys.readouterr().err
    assert "Påminnelsene trenger GITHUB_TOKEN og GITHUB_REPOSITORY." in err and "Traceback" not in err
