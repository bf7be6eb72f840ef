"""The municipality's word list: one word a line, comments and blank lines skipped, no file is no words."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base.layout import Layout
from rapportlinja.read import wordlist


def test_words_comments_and_blank_lines(tmp_path: Path) -> None:
    (tmp_path / "report").mkdir()
    (tmp_path / wordlist.FILE).write_text("# Stedsnavn\nKvænangsmodellen\n\n  Fjellheimen \n", "utf-8")
    assert wordlist.read(Layout(tmp_path)) == (frozenset({"kvænangsmodellen", "fjellheimen"}), [])


def test_no_file_is_no_words(tmp_path: Path) -> None:
    assert wordlist.read(Layout(tmp_path)) == (frozenset(), [])


def test_a_file_in_another_encoding_is_a_finding(tmp_path: Path) -> None:
    (tmp_path / "report").mkdir()
    (tmp_path / wordlist.FILE).write_bytes("Fjellheimen\nKvænangen\n".encode("utf-16"))
    words, findings = wordlist.read(Layout(tmp_path))
    assert words == frozenset() and findings and findings[0].path == wordlist.FILE
