"""Small helpers for the meeting tests: run the CLI in a repository and read what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.cli import main

BL = "barnevernleder-kommunalsjef"
KS = "kommunalsjef-kommunaldirektor"
KD = "kommunaldirektor-kommunedirektor"


def run(root: Path, *argv: str) -> int:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        return main(list(argv))


def agenda(root: Path, line: str, *options: str) -> str:
    """Make the agenda and return its Markdown; fails the test if the command fails."""
    assert run(root, "agenda", line, *options) == 0
    built = sorted((root / "build" / "agenda" / line).glob("*.md"), key=lambda p: p.stat().st_mtime)
    return built[-1].read_text("utf-8")


def squeeze(text: str) -> str:
    return " ".join(text.split())


def withhold(root: Path, line: str, date: str, basis: str = "offl. § 13, jf. bvl. § 13-1") -> None:
    """Mark one example minutes withheld, as if its text held what the basis covers (the shipped ones do not)."""
    path = root / "meetings" / line / f"{date}.md"
    text = path.read_text("utf-8").replace(
        "klassifisering: intern", f"klassifisering: unntatt offentlighet\nhjemmel: {basis}", 1
    )
    path.write_text(text, encoding="utf-8")
