"""Confinement: links and a committed `build` symlink are refused before anything is read or written.

Every test compares the folder outside the repository before and after: nothing there
may change, whatever the command.
"""

from __future__ import annotations

import os
from pathlib import Path

import git
import pytest

from rapportlinja.base import confine
from rapportlinja.base.errors import UserError
from rapportlinja.blocks import chart
from rapportlinja.blocks import keyfigures as expand
from rapportlinja.cli import main

KD = "kommunaldirektor-kommunedirektor"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "utenfor"
    folder.mkdir()
    (folder / "viktig.txt").write_text("skal ikke endres\n", "utf-8")
    return folder


COMMANDS = [
    ["agenda", KD, "--i-dag", "2026-08-27"],
    ["arshjul"],
    ["kalender", "--år", "2026"],
    ["undersokelse", "skjema"],
    ["bygg"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_committed_build_symlink_is_refused_and_nothing_outside_changes(
    example, outside, monkeypatch, capsys, command
):
    (example / "build").symlink_to(outside, target_is_directory=True)
    before = snapshot(outside)
    monkeypatch.chdir(example)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "build: er en symbolsk lenke" in err and "intern feil" not in err
    assert snapshot(outside) == before


@pytest.mark.parametrize("command", [*COMMANDS, ["referat", "ny", KD, "--dato", "2026-08-31"]], ids=lambda c: c[0])
def test_a_symlinked_meetings_folder_is_refused_before_anything_is_read(example, outside, monkeypatch, capsys, command):
    line = example / "meetings" / KD
    (outside / KD).mkdir()
    for path in line.iterdir():
        (outside / KD / path.name).write_bytes(path.read_bytes())
    for path in line.iterdir():
        path.unlink()
    line.rmdir()
    line.symlink_to(outside / KD, target_is_directory=True)
    before = snapshot(outside)
    monkeypatch.chdir(example)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert f"meetings/{KD}: er en symbolsk lenke" in err
    assert snapshot(outside) == before
    assert not (example / "build").exists() or command[0] == "bygg"


def test_a_hard_link_in_the_content_folders_is_refused(example, outside, monkeypatch, capsys):
    os.link(outside / "viktig.txt", example / "report/bilder/delt.txt")
    monkeypatch.chdir(example)
    assert main(["arshjul"]) == 1
    assert "report/bilder/delt.txt: har 2 harde lenker" in capsys.readouterr().err


def test_resolve_refuses_paths_out_of_the_repository(example, outside):
    with pytest.raises(UserError):
        confine.resolve(example, outside / "viktig.txt")
    with pytest.raises(UserError):
        confine.resolve(example, "report/../../utenfor/viktig.txt")
    assert confine.resolve(example, "build/x/y.svg") == example / "build/x/y.svg"


def test_a_build_file_tracked_by_git_stops_the_build(example_git, monkeypatch, capsys):
    forged = example_git / "build/figurer/0123456789abcdef0123.svg"
    forged.parent.mkdir(parents=True)
    forged.write_text("<svg/>", "utf-8")
    repo = git.Repo(example_git)
    repo.git.add("-f", "build")
    repo.git.commit(m="Forfalsket figur")
    monkeypatch.chdir(example_git)
    assert main(["bygg"]) == 1
    err = capsys.readouterr().err
    assert "Git sporer 1 fil(er) under build/" in err and "git rm -r --cached build" in err


def test_a_release_redraws_every_chart(tmp_path):
    spec = chart.Spec((chart.Curve("Eksempel kommune", (2024, 2025), (1.0, 2.0)),), "prosent", 1, True)
    name = expand.cached(spec, tmp_path)
    path = tmp_path / expand.CHART_DIR / name
    path.write_bytes(b"<svg>forfalsket</svg>")
    assert expand.cached(spec, tmp_path) == name and path.read_bytes() == b"<svg>forfalsket</svg>"  # a draft reuses
    assert expand.cached(spec, tmp_path, redraw=True) == name
    assert b"forfalsket" not in path.read_bytes()
