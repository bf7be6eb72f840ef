"""Faults of the machine, through the real `rapport` in its own process: a console without «å», no git.

Each case ends in Norwegian with exit 0 or 1, never «intern feil» (3) and never a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import git

from rapportlinja.privacy import pdftext
from tests.conftest import init_git

SCRIPTS = str(Path(__file__).resolve().parents[1] / "scripts")


def rapport(root: Path, *command: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONPATH": SCRIPTS, **env}
    return subprocess.run(
        [sys.executable, "-m", "rapportlinja", *command], cwd=root, capture_output=True, env=environment, timeout=300
    )


def test_an_ascii_console_gets_question_marks_not_a_crash(example):
    result = rapport(example, "arshjul", "--hjelp", PYTHONIOENCODING="ascii")
    assert result.returncode == 0, result.stderr
    assert b"?ret hjulet gjelder" in result.stdout  # «året»


def test_an_ascii_console_still_shows_an_error_message(example):
    result = rapport(example, "agenda", "finnes-ikke", PYTHONIOENCODING="ascii")
    assert result.returncode == 1
    assert b"feil: " in result.stderr and b"Traceback" not in result.stderr


def without_git(tmp_path: Path) -> str:
    """A PATH with no git on it: only a python, as a machine that never installed git."""
    folder = tmp_path / "sti-uten-git"
    folder.mkdir()
    (folder / "python3").symlink_to(sys.executable)
    return str(folder)


def test_without_git_the_checks_run_and_say_what_history_was_not_read(example_git, tmp_path):
    result = rapport(example_git, "sjekk", PATH=without_git(tmp_path))
    err = result.stdout.decode() + result.stderr.decode()
    assert result.returncode == 0, err
    assert "Fant ikke programmet git" in err and "advarsel" in err
    assert "intern feil" not in err and "Traceback" not in err


def test_without_git_the_build_stops_in_norwegian(example_git, tmp_path):
    result = rapport(example_git, "bygg", PATH=without_git(tmp_path))
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert "feil: Fant ikke programmet git" in err and "Traceback" not in err
    assert not (example_git / "build" / "tilstandsrapport-2025.pdf").exists()


def test_a_tag_on_a_tree_is_skipped_with_a_warning(example):
    repo = init_git(example)
    repo.git.tag("rar", "HEAD^{tree}")
    result = rapport(example, "bygg")
    assert result.returncode == 0, result.stderr
    assert "advarsel: Hopper over tagger som ikke peker på en commit: «rar»." in result.stderr.decode()


def test_a_shallow_clone_says_its_history_is_incomplete_in_the_pdf_and_as_a_warning(example, tmp_path):
    repo = init_git(example)
    repo.create_tag("v2024.1")
    chapter = example / "report/kapitler/01-kort-oppsummering.md"
    chapter.write_text(chapter.read_text("utf-8") + "\nEn ny setning.\n", "utf-8")
    repo.git.commit("-am", "Endret", author="Annen Person <annen@example.invalid>")
    clone = tmp_path / "grunn"
    git.Repo.clone_from(f"file://{example}", clone, depth=1)
    result = rapport(clone, "bygg")
    assert result.returncode == 0, result.stderr
    assert "git fetch --unshallow" in result.stderr.decode()
    text = " ".join(part.text for part in pdftext.parts((clone / "build/tilstandsrapport-2025.pdf").read_bytes()))
    assert "ufullstendig Git-historikk" in " ".join(text.split())
    assert "Annen Person" not in text
