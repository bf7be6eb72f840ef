#!/usr/bin/env python3
"""Run one of the repository's pre-commit hooks with the tools installed in its own `.venv`.

GitHub Desktop, VS Code and a plain terminal run `git commit` without activating the virtual
environment, so a hook whose entry is a bare command (`rapport`) is not found. pre-commit runs
this file with whatever Python it finds; it starts the tool with the repository's `.venv`
interpreter (or, in CI where that is already on PATH, the interpreter that runs it).

Usage (from .pre-commit-config.yaml): scripts/hook.py TOOL [ARGUMENT ...]
Only standard library here: this runs before anything is known to be installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Hook tool -> the module `python -m` runs. A closed list: the hook never runs anything else.
TOOLS = {
    "rapport": "rapportlinja",
    "check-merge-conflict": "pre_commit_hooks.check_merge_conflict",
    "check-added-large-files": "pre_commit_hooks.check_added_large_files",
    "end-of-file-fixer": "pre_commit_hooks.end_of_file_fixer",
    "trailing-whitespace-fixer": "pre_commit_hooks.trailing_whitespace_fixer",
    "check-yaml": "pre_commit_hooks.check_yaml",
    "check-jsonschema": "check_jsonschema",
}
SETUP = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]'"
ROOT = Path(__file__).resolve().parent.parent


def interpreters() -> list[Path]:
    """Where to look, in order: the repository's .venv (Linux/macOS, then Windows), an active venv, this Python."""
    found = [ROOT / ".venv" / "bin" / "python", ROOT / ".venv" / "Scripts" / "python.exe"]
    if os.environ.get("VIRTUAL_ENV"):
        venv = Path(os.environ["VIRTUAL_ENV"])
        found += [venv / "bin" / "python", venv / "Scripts" / "python.exe"]
    return [*found, Path(sys.executable)]


def has_module(python: Path, module: str) -> bool:
    probe = f"import importlib.util, sys; sys.exit(importlib.util.find_spec({module.split('.')[0]!r}) is None)"
    return python.is_file() and subprocess.run([str(python), "-c", probe], check=False).returncode == 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in TOOLS:
        print(f"hook.py: ukjent verktøy {argv[:1]}; kjente: {', '.join(sorted(TOOLS))}", file=sys.stderr)
        return 2
    module = TOOLS[argv[0]]
    for python in interpreters():
        if has_module(python, module):
            return subprocess.run([str(python), "-m", module, *argv[1:]], check=False).returncode
    print(
        f"feil: Fant ikke verktøyet «{argv[0]}» i .venv i {ROOT}.\n"
        f"    tips: Installer det én gang fra mappen til repositoriet: {SETUP}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
