"""Faults of the machine, through the real `rapport` in its own process: a console without «å», no git.

Each case ends in Norwegian with exit 0 or 1, never «intern feil» (3) and never a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
