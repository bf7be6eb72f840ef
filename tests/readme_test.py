"""The README is what users follow: its key table and set-up commands must stay true."""

from __future__ import annotations

import re
from pathlib import Path

from rapportlinja.render import schemadoc

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def test_key_table_is_generated_from_the_schemas():
    assert schemadoc.current(README) == schemadoc.section().strip(), (
        "README er ute av takt med schemas/: kjør `rapport nokler README.md`"
    )


def setup_commands() -> list[str]:
    text = README.read_text("utf-8")
    block = re.search(r"```(?:sh|bash)\n(.*?)```", text, re.S)
    assert block, "README must start with a shell block of set-up commands"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_starts_with_the_two_setup_commands():
    commands = setup_commands()
    assert len(commands) == 2
    assert commands[0].endswith("rapport bygg") and "pip install -e ." in commands[0]
    assert commands[1].endswith("pytest") and "pip install -e '.[test]'" in commands[1]


def test_ci_script_runs_the_readme_test_command():
    ci = (ROOT / ".ci/run").read_text("utf-8")
    install, test = setup_commands()[1].split(" && ")[1:]
    assert install in ci and test in ci
