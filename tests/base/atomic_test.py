import errno
import os

import pytest

from rapportlinja.base import atomic
from rapportlinja.base.errors import UserError


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
    with pytest.raises(UserError, match=r"^Disken er full"):
        atomic.write_bytes(target, b"ny og halv")
    assert target.read_bytes() == b"forrige"
    assert os.listdir(tmp_path) == ["rapport.pdf"]


@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EDQUOT])
def test_a_full_disk_while_writing_the_bytes_leaves_no_temporary_file(example, monkeypatch, number):
    target = example / "build" / "tilstandsrapport-2025.pdf"
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])  # half of it reached the disk
            raise OSError(number, os.strerror(number))

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(UserError) as caught:
        atomic.write_bytes(target, b"%PDF" * 1000)
    assert caught.value.message.startswith("Disken er full, så build/tilstandsrapport-2025.pdf ble ikke")
    assert os.listdir(target.parent) == []


def test_a_read_only_folder_is_named_in_norwegian(tmp_path):
    folder = tmp_path / "build"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip("kjører som root: chmod stopper ikke skriving (se base/oserror_test.py for en ekte disk)")
        with pytest.raises(UserError, match=r"Har ikke lov til å skrive i mappen .*build"):
            atomic.write_bytes(folder / "rapport.pdf", b"x")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


def test_create_never_overwrites(tmp_path):
    target = tmp_path / "referat.md"
    atomic.create_text(target, "skrevet av et menneske")
    with pytest.raises(FileExistsError):
        atomic.create_text(target, "maskin")
    assert target.read_text("utf-8") == "skrevet av et menneske"
    assert os.listdir(tmp_path) == ["referat.md"]
