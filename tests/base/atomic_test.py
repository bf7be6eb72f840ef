import os

import pytest

from rapportlinja.base import atomic


def test_write_replaces_whole_file_and_leaves_no_temporaries(tmp_path):
    target = tmp_path / "ut" / "rapport.pdf"
    atomic.write_bytes(target, b"gammel")
    atomic.write_bytes(target, b"ny")
    assert target.read_bytes() == b"ny"
    assert os.listdir(target.parent) == ["rapport.pdf"]


def test_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "rapport.pdf"
    atomic.write_bytes(target, b"forrige")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)  # the OS failing mid-write, not our code
    with pytest.raises(OSError):
        atomic.write_bytes(target, b"ny og halv")
    assert target.read_bytes() == b"forrige"
    assert os.listdir(tmp_path) == ["rapport.pdf"]


def test_create_never_overwrites(tmp_path):
    target = tmp_path / "referat.md"
    atomic.create_text(target, "skrevet av et menneske")
    with pytest.raises(FileExistsError):
        atomic.create_text(target, "maskin")
    assert target.read_text("utf-8") == "skrevet av et menneske"
    assert os.listdir(tmp_path) == ["referat.md"]
