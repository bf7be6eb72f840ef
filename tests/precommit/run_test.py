"""pre-commit for real in a temporary Git repository: a bad chapter is blocked, a good one committed."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import git
import pytest

from tests.conftest import ROOT, copy_example, init_git

pytestmark = pytest.mark.slow  # runs pre-commit for real in a Git repository

CHAPTER = "report/kapitler/02-om-barnevernet.md"


@pytest.fixture
def repo(tmp_path: Path) -> git.Repo:
    root = copy_example(tmp_path / "repo")
    shutil.copyfile(ROOT / ".pre-commit-config.yaml", root / ".pre-commit-config.yaml")
    created = init_git(root)
    created.git.execute([str(Path(sys.executable).parent / "pre-commit"), "install"], env=_env(tmp_path))
    return created


def _env(tmp_path: Path) -> dict[str, str]:
    # The hooks are `language: system`: they find `rapport` and the hygiene tools on PATH, in this venv.
    return {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "HOME": str(tmp_path),
    }


def _commit(repo: git.Repo, message: str, tmp_path: Path) -> None:
    repo.git.add(A=True)
    repo.git.commit(m=message, env=_env(tmp_path))  # the git CLI runs .git/hooks/pre-commit


def _edit(repo: git.Repo, old: str, new: str) -> Path:
    path = Path(repo.working_tree_dir) / CHAPTER
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_bad_chapter_is_blocked_with_a_norwegian_message(repo: git.Repo, tmp_path: Path) -> None:
    _edit(repo, "status: ", "status: ferdig\n#")
    head = repo.head.commit.hexsha
    with pytest.raises(git.GitCommandError) as failure:
        _commit(repo, "Ugyldig status", tmp_path)
    output = str(failure.value)
    assert "er ikke en gyldig verdi for «status»" in output
    assert f"{CHAPTER}:" in output
    assert repo.head.commit.hexsha == head


def test_good_chapter_is_committed_and_hard_line_breaks_survive(repo: git.Repo, tmp_path: Path) -> None:
    _edit(repo, "\n\n", "\n\nFørste linje med hardt linjeskift  \nandre linje.\n\n")
    _commit(repo, "Ny tekst", tmp_path)
    committed = repo.git.show(f"HEAD:{CHAPTER}")
    assert "Første linje med hardt linjeskift  \nandre linje." in committed
    assert repo.head.commit.message.strip() == "Ny tekst"


def test_missing_final_newline_is_fixed_and_blocked_once(repo: git.Repo, tmp_path: Path) -> None:
    path = Path(repo.working_tree_dir) / CHAPTER
    path.write_text(path.read_text(encoding="utf-8") + "\nEn ny setning uten linjeskift.", encoding="utf-8")
    with pytest.raises(git.GitCommandError, match="Fixing"):
        _commit(repo, "Uten linjeskift", tmp_path)
    assert path.read_text(encoding="utf-8").endswith("\n")
    _commit(repo, "Med linjeskift", tmp_path)
