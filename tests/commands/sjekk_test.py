"""`rapport sjekk` as users and CI run it: formats, exit codes, selected paths."""

from __future__ import annotations

import json

import pytest

from rapportlinja.cli import main

CHAPTER = "report/kapitler/02-om-barnevernet.md"


@pytest.fixture
def broken(example, monkeypatch):
    path = example / CHAPTER
    path.write_text(path.read_text("utf-8").replace("tittel:", "titel:", 1), "utf-8")
    monkeypatch.chdir(example)
    return example


def test_clean_example_exits_zero(example, monkeypatch, capsys):
    monkeypatch.chdir(example)
    assert main(["sjekk"]) == 0
    assert capsys.readouterr().out.startswith("Ingen feil i")


def test_text_format_points_at_file_line_and_column(broken, capsys):
    assert main(["sjekk", "--format", "text"]) == 1
    err = capsys.readouterr().err
    assert f"{CHAPTER}:2:1: feil: Ukjent nøkkel «titel»." in err
    assert "tips: Mente du «tittel»?" in err
    assert "Mangler nøkkelen «tittel»" not in err  # the typo is one mistake: said once


def test_json_format(broken, capsys):
    assert main(["sjekk", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["feil"] == 1
    assert {f["kode"] for f in report["funn"]} == {"schema.additionalProperties"}


def test_github_format_annotates_and_writes_the_full_summary(broken, capsys, monkeypatch, tmp_path):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["sjekk"]) == 1  # github is the default on GitHub Actions
    out = capsys.readouterr().out
    assert (
        f"::error file={CHAPTER},line=2,col=1,title=rapport sjekk::Ukjent nøkkel «titel».%0AMente du «tittel»?" in out
    )
    table = summary.read_text("utf-8")
    assert "| `report/kapitler/02-om-barnevernet.md:2:1` | feil | Ukjent nøkkel «titel». |" in table


def test_github_summary_lists_more_than_ten_findings(example, monkeypatch, capsys, tmp_path):
    for path in (example / "report/kapitler").glob("*.md"):
        text = path.read_text("utf-8").replace("status:", "statu:", 1).replace("ansvarlig:", "ansvarli:", 1)
        path.write_text(text, "utf-8")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.chdir(example)
    assert main(["sjekk", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert out.count("::error ") == 18 and "bare de første 10" in out
    assert summary.read_text("utf-8").count("| feil |") == 18


def test_selected_paths_limit_per_file_findings(broken, capsys):
    other = "report/kapitler/01-kort-oppsummering.md"
    assert main(["sjekk", other]) == 0
    assert main(["sjekk", other, CHAPTER]) == 1
    assert CHAPTER in capsys.readouterr().err


def test_cross_file_findings_are_reported_whatever_the_selection(example, monkeypatch, capsys):
    (example / "report/kapitler/09-innsatsomrader-og-tiltak.md").unlink()
    monkeypatch.chdir(example)
    assert main(["sjekk", "report/kapitler/01-kort-oppsummering.md"]) == 1
    assert "09-innsatsomrader-og-tiltak.md» står i rekkefølgen, men filen finnes ikke" in capsys.readouterr().err


def test_outside_a_report_repository(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["sjekk"]) == 1
    err = capsys.readouterr().err
    assert "Fant ikke report/rapport.yaml" in err and "Traceback" not in err


def test_usage_errors_are_norwegian(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["sjekk", "--format", "xml"])
    assert exit_info.value.code == 2
    assert "ugyldig valg" in capsys.readouterr().err


@pytest.mark.slow  # starts a new Python process
def test_python_dash_m_runs_the_cli(example):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "rapportlinja", "sjekk"], cwd=example, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("argv", [["--hjelp"], ["sjekk", "-h"], ["agenda", "--hjelp"]])
def test_help_is_norwegian(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert out.startswith("bruk: rapport") and "vis denne hjelpen og avslutt" in out
    assert "usage" not in out and "options" not in out and "show this help" not in out
