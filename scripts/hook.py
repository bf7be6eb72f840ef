#!/usr/bin/env python3
"""Run one of the repository's pre-commit hooks with the tools installed in its own `.venv`.

GitHub Desktop, VS Code and a plain terminal run `git commit` without activating the virtual
environment, so a hook whose entry is a bare command (`rapport`) is not found. pre-commit runs
this file with whatever Python it finds; it starts the tool with the repository's `.venv`
interpreter (or, in CI where that is already on PATH, the interpreter that runs it).

A writer waits on every hook at each commit, so each hook costs at most one more Python start: when
this file already runs in an interpreter that has the tool (CI, an activated venv), the tool runs in
this very process; otherwise the interpreter found starts once, runs the tool if it has it, and
answers MISSING if not (the old way asked each interpreter first, in a process of its own).

Usage (from .pre-commit-config.yaml): scripts/hook.py TOOL [ARGUMENT ...]
Only standard library here: this runs before anything is known to be installed.
"""

from __future__ import annotations

import importlib.util
import os
import runpy
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


# The exit status that means «this interpreter does not have the tool»: none of our tools uses it.
MISSING = 117
# Run in the interpreter found: the tool as `python -m MODULE ARGUMENT ...` would, or MISSING without it.
BOOTSTRAP = (
    "import importlib.util, runpy, sys\n"
    "module = sys.argv[1]\n"
    "if importlib.util.find_spec(module.split('.')[0]) is None:\n"
    f"    sys.exit({MISSING})\n"
    "sys.argv = [module, *sys.argv[2:]]\n"
    "runpy.run_module(module, run_name='__main__', alter_sys=True)\n"
)


def is_running(python: Path) -> bool:
    """Whether `python` is the interpreter running this file (a venv's python is a link: compare prefixes)."""
    if not python.is_file():
        return False
    venv = python.parent.parent
    return (venv / "pyvenv.cfg").is_file() and venv.resolve() == Path(sys.prefix).resolve()


def run_here(module: str, arguments: list[str]) -> int:
    """The tool in this process, exactly as `python -m module` runs it; its exit status."""
    sys.argv = [module, *arguments]
    sys.path[0] = os.getcwd()  # as `python -m` has it: the working directory, not this file's folder
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as done:
        code = done.code
        if code is None or isinstance(code, int):
            return code or 0
        print(code, file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in TOOLS:
        print(f"hook.py: ukjent verktøy {argv[:1]}; kjente: {', '.join(sorted(TOOLS))}", file=sys.stderr)
        return 2
    module = TOOLS[argv[0]]
    for python in interpreters():
        if python == Path(sys.executable) or is_running(python):
            if importlib.util.find_spec(module.split(".")[0]) is not None:
                return run_here(module, argv[1:])
        elif python.is_file():
            status = subprocess.run([str(python), "-c", BOOTSTRAP, module, *argv[1:]], check=False).returncode
            if status != MISSING:
                return status
    print(
        f"feil: Fant ikke verktøyet «{argv[0]}» i .venv i {ROOT}.\n"
        f"    tips: Installer det én gang fra mappen til repositoriet: {SETUP}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
