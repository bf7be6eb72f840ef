"""A full disk and a read-only folder: Norwegian messages that name the folder relative to the repository."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rapportlinja.base import oserror
from rapportlinja.base.errors import UserError


def test_full_disk_names_the_file_relative_to_the_repository(example):
    error = oserror.as_user_error(OSError(errno.ENOSPC, "No space left on device"), example / "build" / "a.pdf")
    assert isinstance(error, UserError) and isinstance(error, OSError)
    assert error.message.startswith("Disken er full, så build/a.pdf ble ikke skrevet ferdig")
    assert error.hint and "Frigjør plass" in error.hint


@pytest.mark.parametrize(
    ("number", "words"),
    [(errno.EACCES, "Har ikke lov til å skrive i mappen build"), (errno.EROFS, "skrivebeskyttet disk")],
)
def test_a_denied_write_names_the_folder(example, number, words):
    (example / "build").mkdir()
    error = oserror.as_user_error(OSError(number, "denied", str(example / "build" / "x.tmp")))
    assert error is not None and words in error.message and "build" in error.message


def test_other_os_errors_are_not_ours_to_explain(example):
    assert oserror.as_user_error(OSError(errno.ENOENT, "gone"), example / "x") is None


def test_outside_a_repository_the_path_is_shown_whole(tmp_path):
    assert oserror.shown(tmp_path / "x") == (tmp_path / "x").as_posix()
    assert oserror.shown(None) == "(ukjent sti)"


# A real full disk and a real read-only disk: a tmpfs mounted over build/ in a private mount
# namespace (unshare -rm), which needs no root and leaves the machine as it was.
def _in_namespace(root: Path, mount_options: str, *command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("unshare") is None:
        pytest.skip("unshare finnes ikke her, så en ekte full eller skrivebeskyttet disk kan ikke lages")
    (root / "build").mkdir(exist_ok=True)
    script = f'mount -t tmpfs -o {mount_options} tmpfs build || exit 97; exec "$@"'
    rapport = [sys.executable, "-m", "rapportlinja", *command]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "scripts")}
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", *rapport], cwd=root, capture_output=True, text=True, env=env
    )
    if result.returncode == 97 or "unshare:" in result.stderr:
        pytest.skip("kan ikke montere en egen disk i et eget navnerom her (unshare -rm er ikke tillatt)")
    return result


def test_a_real_full_disk_under_build_ends_in_norwegian_with_no_half_file(example):
    result = _in_namespace(example, "size=64k", "arshjul")  # the PNG alone is larger than the disk
    assert result.returncode == 1, result.stderr
    assert "feil: Disken er full, så build/arshjul-" in result.stderr
    assert "intern feil" not in result.stderr and "Traceback" not in result.stderr


def test_a_real_read_only_build_folder_ends_in_norwegian(example):
    result = _in_namespace(example, "ro", "arshjul")
    assert result.returncode == 1, result.stderr
    assert "feil: Kan ikke skrive i mappen build: den ligger på en skrivebeskyttet disk." in result.stderr
    assert "Traceback" not in result.stderr
