""".pre-commit-hooks.yaml and .pre-commit-config.yaml stay in step with the `rapport` CLI."""

from __future__ import annotations

import re
import runpy
import shlex
import tomllib
from typing import Any

import pytest
from ruamel.yaml import YAML

from rapportlinja.cli import build_parser
from tests.conftest import ROOT

LAUNCHER = "scripts/hook.py"
TOOLS = runpy.run_path(str(ROOT / LAUNCHER))["TOOLS"]

_YAML = YAML(typ="safe", pure=True)


def _published() -> list[dict[str, Any]]:
    hooks: list[dict[str, Any]] = _YAML.load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return hooks


def _local() -> dict[str, dict[str, Any]]:
    config = _YAML.load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    return {hook["id"]: hook for repo in config["repos"] if repo["repo"] == "local" for hook in repo["hooks"]}


def test_published_hook_is_rapport_sjekk() -> None:
    assert [hook["id"] for hook in _published()] == ["rapport-sjekk"]


@pytest.mark.parametrize("hook", _published(), ids=lambda hook: hook["id"])
def test_entry_is_a_real_subcommand_and_options_parse(hook: dict[str, Any]) -> None:
    program, *arguments = shlex.split(hook["entry"])
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert program in scripts
    parsed = build_parser().parse_args([*arguments, *hook.get("args", []), "report/kapitler/01-kort-oppsummering.md"])
    assert parsed.command == "sjekk"
    assert parsed.paths == ["report/kapitler/01-kort-oppsummering.md"]
    assert hook["require_serial"] is True  # one process sees every file: checks across files stay whole


@pytest.mark.parametrize(
    "path",
    [
        "report/rapport.yaml",
        "report/kapitler/04-bemanning-og-kompetanse.md",
        "meetings/rutine.yaml",
        "report/bilder/kart.svg",  # every file under report/ and meetings/: the privacy scan reads them all
        "report/data/UTTREKK.CSV",
        "report/bilder/Foto.JPG",
        "meetings/barnevernleder-kommunalsjef/notat.txt",
        "report/data/eksport.xlsx",
        "schemas/kapittel.schema.json",
        ".github/CODEOWNERS",
        "report/bilder/kart.svg",  # size, pixels and format are checked by sjekk too
        "meetings/2026/bilde.jpg",
    ],
)
def test_files_pattern_covers_our_files(path: str) -> None:
    assert re.search(_published()[0]["files"], path)


@pytest.mark.parametrize("path", ["README.md", "scripts/rapportlinja/cli.py", "reportx/a.md", "build/rapport.pdf"])
def test_files_pattern_skips_others(path: str) -> None:
    assert not re.search(_published()[0]["files"], path)


def test_local_hook_matches_the_published_one() -> None:
    local, published = _local()["rapport-sjekk"], _published()[0]
    # Locally the same command runs through the launcher, so no virtual environment must be activated.
    assert (local["entry"], local["files"], local["require_serial"]) == (
        f"{LAUNCHER} {published['entry']}",
        published["files"],
        published["require_serial"],
    )


@pytest.mark.parametrize("hook", sorted(_local().values(), key=lambda h: h["id"]), ids=lambda hook: hook["id"])
def test_every_local_hook_runs_through_the_launcher(hook: dict[str, Any]) -> None:
    launcher, tool, *_ = shlex.split(hook["entry"])
    assert (launcher, hook["language"]) == (LAUNCHER, "script")
    assert tool in TOOLS


def test_local_hooks_need_no_network() -> None:
    config = _YAML.load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    assert "--markdown-linebreak-ext=md" in _local()["trailing-whitespace"]["entry"]
