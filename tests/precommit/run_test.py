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
    (root / "scripts").mkdir()
    shutil.copy(ROOT / "scripts/hook.py", root / "scripts/hook.py")  # keeps the executable bit
    # The repository's own .venv, as the README's set-up makes it; here the venv running the tests.
    (root / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    (root / ".gitignore").write_text(".venv\n", encoding="utf-8")
    created = init_git(root)
    created.git.execute([str(Path(sys.executable).parent / "pre-commit"), "install"], env=_env(tmp_path))
    return created


def _env(tmp_path: Path) -> dict[str, str]:
    # As from GitHub Desktop or a plain terminal: the venv is NOT on PATH; scripts/hook.py finds .venv itself.
    venv_bin = str(Path(sys.executable).parent)
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if p != venv_bin)
    return {
        "PATH": path,
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


def test_hooks_work_without_an_activated_venv(repo: git.Repo, tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert shutil.which("rapport", path=env["PATH"]) is None  # nothing activated
    _edit(repo, "status: ", "titel: Feil nøkkel\nstatus: ")
    with pytest.raises(git.GitCommandError) as failure:
        _commit(repo, "Ukjent nøkkel", tmp_path)
    output = str(failure.value)
    assert "Ukjent nøkkel «titel»" in output
    assert "not found" not in output and "Executable" not in output


def test_missing_venv_gives_the_set_up_command(repo: git.Repo, tmp_path: Path) -> None:
    (Path(repo.working_tree_dir) / ".venv").unlink()
    env = {**_env(tmp_path), "PATH": "/usr/bin:/bin"}  # a Python without our tools
    _edit(repo, "\n\n", "\n\nNy setning.\n\n")
    repo.git.add(A=True)
    with pytest.raises(git.GitCommandError) as failure:
        repo.git.commit(m="Uten .venv", env=env)
    output = str(failure.value)
    assert "Fant ikke verktøyet «rapport»" in output
    assert "python3 -m venv .venv" in output
