"""`rapport sjekk PATH…`: folders, missing paths and the closing count, as a user types them."""

from __future__ import annotations

import json

from rapportlinja.cli import main

CHAPTER = "report/kapitler/02-om-barnevernet.md"


def break_chapter(example):
    path = example / CHAPTER
    path.write_text(path.read_text("utf-8") + "\n##Mål\n", "utf-8")


def test_a_folder_checks_the_files_under_it(example, monkeypatch, capsys):
    break_chapter(example)
    monkeypatch.chdir(example)
    assert main(["sjekk", "report/kapitler/"]) == 1
    err = capsys.readouterr().err
    assert f"{CHAPTER}:" in err and "uten mellomrom" in err
    chapters = len(list((example / "report/kapitler").glob("*.md")))
    assert err.rstrip().endswith(f"i {chapters} filer.")


def test_a_missing_path_is_an_error_not_a_green_run(example, monkeypatch, capsys):
    monkeypatch.chdir(example)
    assert main(["sjekk", "--format", "json", "finnes-ikke.md"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(f["fil"], f["kode"]) for f in report["funn"]] == [("finnes-ikke.md", "path.missing")]
    assert report["filer_sjekket"] == 0


def test_the_count_is_the_files_really_checked(example, monkeypatch, capsys):
    monkeypatch.chdir(example)
    assert main(["sjekk", "--format", "json"]) == 0
    whole = json.loads(capsys.readouterr().out)["filer_sjekket"]
    on_disk = [p for folder in ("report", "meetings") for p in (example / folder).rglob("*") if p.is_file()]
    assert whole == len(on_disk) + int((example / ".github/CODEOWNERS").is_file())
    assert main(["sjekk", "--format", "json", CHAPTER, "README-finnes-ikke"]) == 1
    assert json.loads(capsys.readouterr().out)["filer_sjekket"] == 1


def test_pandoc_results_are_cached_and_a_change_is_seen(example, monkeypatch, capsys):
    """The second run reads pandoc's findings from build/; an edit is parsed again."""
    monkeypatch.chdir(example)
    assert main(["sjekk"]) == 0
    assert (example / "build/.sjekk-cache/pandoc.json").is_file()
    assert (example / "build/.sjekk-cache/.gitignore").read_text("utf-8").endswith("\n*\n")
    capsys.readouterr()
    break_chapter(example)
    assert main(["sjekk"]) == 1
    assert "uten mellomrom" in capsys.readouterr().err
    (example / "build/.sjekk-cache/pandoc.json").write_text("{ikke json", "utf-8")  # a broken cache is ignored
    assert main(["sjekk"]) == 1
    assert "uten mellomrom" in capsys.readouterr().err


def test_the_cache_is_invisible_to_git_even_without_a_gitignore(example_git, monkeypatch):
    import git

    monkeypatch.chdir(example_git)
    assert main(["sjekk"]) == 0
    assert git.Repo(example_git).untracked_files == []
