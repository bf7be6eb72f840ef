"""Fenced blocks are found where pandoc finds them: the same bodies through pandoc and through `fenced`."""

from __future__ import annotations

import json
import subprocess

import pypandoc
import pytest

from rapportlinja.report import fenced

BLOCK = "```nokkeltall\når: 2025\n```"
BODIES = {
    "plain": f"Tekst.\n\n{BLOCK}\n",
    "tilde fence": "~~~ nokkeltall\når: 2025\n~~~\n",
    "attribute form": "``` {.nokkeltall}\når: 2025\n```\n",
    "three spaces before": "   ```nokkeltall\når: 2025\n   ```\n",
    "four spaces: indented code": "    ```nokkeltall\n    år: 2025\n    ```\n",
    "tab: indented code": "\t```nokkeltall\n\når: 2025\n```\n",
    "inside a longer fence": f"````markdown\n{BLOCK}\n````\n\n{BLOCK}\n",
    "inside a tilde fence": f"~~~\n{BLOCK}\n~~~\n",
    "subscript line before": f"~~~x~~~ er tekst.\n\n{BLOCK}\n",
    "inline code line before": f"```a`b``` er kode i teksten.\n\n{BLOCK}\n",
    "unclosed plain fence before": f"```\nkode\n\n{BLOCK}\n",
    "closing fence indented four": "```nokkeltall\når: 2025\n    ```\nmer\n```\n",
    "longer closing fence": "```nokkeltall\når: 2025\n`````\n",
    "closing fence with text is no close": "```nokkeltall\når: 2025\n``` tekst\n```\n",
    "other language": "```python\nprint(1)\n```\n",
}


def pandoc_kinds(body: str) -> list[str]:
    """The first class of every top-level code block pandoc reads in `body`."""
    result = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "markdown", "-t", "json"],
        input=body.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    blocks = json.loads(result.stdout)["blocks"]
    return [b["c"][0][1][0] for b in blocks if b["t"] == "CodeBlock" and b["c"][0][1]]


@pytest.mark.parametrize("name", list(BODIES))
def test_the_blocks_with_a_kind_are_pandocs_code_blocks(name: str) -> None:
    body = BODIES[name]
    assert [b.kind for b in fenced.find_all(body, 1)] == pandoc_kinds(body)


def test_a_block_knows_its_line_and_text_and_is_replaced_in_place() -> None:
    body = "Før\n\n```nokkeltall\når: 2025\nvis: tabell\n```\n\nEtter\n"
    (block,) = fenced.find(body, 10, "nokkeltall")
    assert (block.line, block.text) == (12, "år: 2025\nvis: tabell")
    assert fenced.replace(body, [block], lambda b: "| tabell |") == "Før\n\n| tabell |\n\nEtter\n"
