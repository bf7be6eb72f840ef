"""Read a file's bytes into clean text, and say exactly what is wrong when we cannot.

Files arrive from browsers, Word and Notepad: BOMs, CRLF, UTF-16 and Windows-1252 are
all seen in practice, so each gets a message that names the problem and where it is.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base.findings import Finding, error
from rapportlinja.read.once import remember

MAX_BYTES = 2 * 1024 * 1024  # no chapter or data file is anywhere near this; a bigger one is a mistake

SAVE_AS_UTF8 = "Lagre filen som UTF-8 (i Notisblokk: «Lagre som» → Koding: UTF-8)."


class TextResult(NamedTuple):
    text: str | None
    findings: list[Finding]


def read_text(path: Path, rel: str) -> TextResult:
    """Read `path` as UTF-8 text with LF line ends; `rel` is the name used in findings."""
    raw = remember(("bytes", path), lambda: _read_bytes(path))
    if isinstance(raw, _Unreadable):
        return TextResult(None, [raw.finding(rel)])
    return decode(raw, rel)


class _Unreadable(NamedTuple):
    message: str
    hint: str | None
    code: str

    def finding(self, rel: str) -> Finding:
        return error(rel, 0, 0, self.message, self.hint, self.code)


def _read_bytes(path: Path) -> bytes | _Unreadable:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return _Unreadable(
                f"Filen er for stor ({size / 1024 / 1024:.1f} MB); grensen er {MAX_BYTES // 1024 // 1024} MB.",
                "Del innholdet opp, eller flytt store vedlegg ut av repositoriet.",
                "file.too-large",
            )
        return path.read_bytes()
    except IsADirectoryError:
        return _Unreadable("Dette er en mappe, ikke en fil.", None, "file.directory")
    except OSError as exc:
        return _Unreadable(f"Kan ikke lese filen ({exc.strerror}).", None, "file.unreadable")


def decode(data: bytes, rel: str) -> TextResult:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return TextResult(
            None, [error(rel, 1, 1, "Filen er lagret som UTF-16, ikke UTF-8.", SAVE_AS_UTF8, "encoding.utf16")]
        )
    if b"\x00" in data:
        return TextResult(
            None,
            [
                error(
                    rel,
                    0,
                    0,
                    "Filen inneholder nullbyte og ser ut til å være en binærfil, ikke tekst.",
                    code="encoding.binary",
                )
            ],
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]  # harmless: Notepad adds it, nobody means it
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return TextResult(None, [_decode_error(data, exc, rel)])
    if not text.strip():
        return TextResult(None, [error(rel, 0, 0, "Filen er tom.", code="file.empty")])
    return TextResult(text.replace("\r\n", "\n").replace("\r", "\n"), [])


def _decode_error(data: bytes, exc: UnicodeDecodeError, rel: str) -> Finding:
    start = exc.start
    line = data.count(b"\n", 0, start) + 1
    line_start = data.rfind(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode("utf-8", errors="replace")) + 1
    byte = data[start]
    guess = bytes([byte]).decode("cp1252", errors="replace")
    message = f"Ugyldig UTF-8: byte 0x{byte:02X} kan ikke leses som tekst."
    if guess.isprintable() and guess != "\ufffd":
        message += f" Filen ser ut til å være lagret som Windows-1252/Latin-1 (byten er «{guess}» der)."
    return error(rel, line, column, message, SAVE_AS_UTF8, "encoding.not-utf8")
