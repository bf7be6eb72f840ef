"""The repository is read once: one `rapport bygg` opens each input file once, and a Repository shares parses."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import pytest

from rapportlinja.base.findings import error
from rapportlinja.base.layout import Layout
from rapportlinja.cli import main
from rapportlinja.read import documents, keyfigures
from rapportlinja.read.repository import Repository, open_repository

_OPENED: list[Counter[str]] = []  # the counter of the running test; audit hooks cannot be removed


def _count_opens(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and _OPENED and isinstance(args[0], str | os.PathLike):
        _OPENED[-1][os.fspath(args[0])] += 1


sys.addaudithook(_count_opens)


def _inputs(root: Path, opened: Counter[str]) -> dict[str, int]:
    """Opens of files in the repository, not what the build writes or Git keeps."""
    found = {}
    for name, count in opened.items():
        path = Path(name)
        if path.is_absolute() and path.is_relative_to(root):
            rel = path.relative_to(root).as_posix()
            if not rel.startswith(("build/", ".git/")):
                found[rel] = count
    return found


@pytest.mark.slow  # builds the report end to end
def test_bygg_opens_each_input_file_once(example_git: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(example_git)
    opened: Counter[str] = Counter()
    _OPENED.append(opened)
    try:
        assert main(["bygg"]) == 0
    finally:
        _OPENED.remove(opened)
    inputs = _inputs(example_git.resolve(), opened)
    assert "report/rapport.yaml" in inputs and "meetings/rutine.yaml" in inputs  # the hook sees our reads
    assert {rel: n for rel, n in inputs.items() if n > 1} == {}


def test_without_a_repository_every_call_reads_again(example: Path) -> None:
    opened: Counter[str] = Counter()
    _OPENED.append(opened)
    try:
        layout = Layout(example)
        keyfigures.read(layout)
        keyfigures.read(layout)
    finally:
        _OPENED.remove(opened)
    assert _inputs(example.resolve(), opened)["report/data/indikatorer.yaml"] == 2


def test_an_open_repository_parses_once_and_hands_out_separate_findings(example: Path) -> None:
    layout = Layout(example)
    with open_repository(layout) as repo:
        first = documents.load_yaml_file(layout.edition_file, "report/rapport.yaml", "rapport")
        first.findings.append(error("report/rapport.yaml", 1, 1, "Plantet funn."))
        second = documents.load_yaml_file(layout.edition_file, "report/rapport.yaml", "rapport")
        assert second.data is first.data  # one parse
        assert second.findings is not first.findings
        assert isinstance(repo, Repository)
        assert repo.snapshot is repo.snapshot  # read on first use, then kept
        assert repo.keyfigures.figures is not None


def test_an_edit_between_two_runs_is_seen(example: Path) -> None:
    layout = Layout(example)
    with open_repository(layout) as repo:
        before = repo.snapshot.edition.data["tittel"]
    text = layout.edition_file.read_text(encoding="utf-8").replace(before, "Ny tittel", 1)
    layout.edition_file.write_text(text, encoding="utf-8")
    with open_repository(layout) as repo:
        assert repo.snapshot.edition.data["tittel"] == "Ny tittel"
