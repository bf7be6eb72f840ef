"""The gate's reading of pandoc's AST: one pandoc for many chapters, and a shortcut that never hides."""

from __future__ import annotations

import json
import random
import subprocess

from rapportlinja.checks import pandoc_ast
from rapportlinja.checks.pandoc_ast import Leftover, leftovers
from rapportlinja.render.pandoc import READER

PIECES = [
    "Tekst.",
    "## Del",
    "##Del",
    "## 4.2 Del",
    "- a",
    "-\u00a0b",
    "•\tc",
    "| a | b |",
    "|---|---|",
    "| 1 | 2 |",
    "x[^1]",
    "[^1]: y",
    "{alt=“z”}",
    '{alt="z"}',
    "<!-- k -->",
    "$m$",
    "klassifisering: intern",
    "> sitat",
    "1. punkt",
    "```\nkode | [^2]\n```",
    "    innrykk",
    "*",
    "\\|",
    "sak #3",
    "ja | nei",
    "**viktig",
    "_ord",
    "økt **økonomi",
    "5 * 3",
    "snake_case",
    "*fet*",
]


def asts(texts: list[str]) -> list[str]:
    script = str(pandoc_ast._SCRIPT)
    command = [str(pandoc_ast.pandoc_binary()), "lua", script, READER]
    result = subprocess.run(command, input=json.dumps(texts).encode(), capture_output=True, check=True)
    return result.stdout.decode().splitlines()


def full_walk(ast_json: str) -> list[Leftover]:
    found: list[Leftover] = []
    pandoc_ast._walk(json.loads(ast_json)["blocks"], found)
    return found


def test_the_quick_json_test_never_hides_a_leftover():
    """Random chapters: the regex shortcut and the full walk must agree on every one."""
    rng = random.Random(13)
    texts = [
        "\n".join(rng.choice(["", "\n"]) + rng.choice(PIECES) for _ in range(rng.randint(1, 8))) for _ in range(300)
    ]
    for text, ast_json in zip(texts, asts(texts), strict=True):
        assert leftovers(ast_json) == full_walk(ast_json), text


def test_one_pandoc_keeps_chapters_apart():
    """A footnote defined in one chapter does not serve a reference in the next."""
    first, second = asts(["Tekst.[^1]\n\n[^1]: Kilde.", "Mer.[^1]"])
    assert leftovers(first) == []
    assert leftovers(second) == [Leftover("str", "Mer.[^1]", True, True)]


def test_a_pipe_written_as_backslash_pipe_in_a_table_is_not_a_leftover():
    (ast_json,) = asts(["| Svar | Antall |\n|---|---|\n| ja \\| nei | 4 |"])
    assert leftovers(ast_json) == []


def test_an_emphasis_never_closed_is_a_leftover_and_arithmetic_is_not():
    opened, underscore, fine = asts(
        ["Dette er **viktig og mer.", "Et _ord og __et til.", "5 * 3, snake_case, 2*3*4, *lukket* og __init__."]
    )
    assert leftovers(opened) == [Leftover("emphasis", "**viktig")]
    assert leftovers(underscore) == [Leftover("emphasis", "_ord"), Leftover("emphasis", "__et")]
    assert leftovers(fine) == []
