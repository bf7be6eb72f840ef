"""Bytes to text for the personal-data scan, whatever the encoding: nothing is skipped.

The other checks refuse a file that is not UTF-8 and say how to fix it; the scan must
still read it, or a UTF-16 or Windows-1252 file with an ID number would pass with «Ingen
feil». So: UTF-8 (with or without BOM), UTF-16 (with a BOM, or the NUL pattern Notepad
writes without one), and Windows-1252 for any other bytes. NUL bytes in what is neither
are removed before scanning: a number split by NULs still reads as a number in an editor.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple


class Decoded(NamedTuple):
    text: str
    encoding: str  # utf-8 | utf-16 | cp1252
    had_nul: bool  # NUL bytes outside UTF-16: binary, or text with garbage in it


def _looks_like_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 text (every other byte NUL), else None."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_for_scan(data: bytes) -> Decoded:
    """Text to scan from any file's bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16", False)
    guess = _looks_like_utf16(data) if b"\x00" in data else None
    if guess is not None:
        return Decoded(data.decode(guess, errors="replace"), "utf-16", False)
    had_nul = b"\x00" in data
    data = data.replace(b"\x00", b"")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8", had_nul)
    except UnicodeDecodeError:
        return Decoded(data.decode("cp1252", errors="replace"), "cp1252", had_nul)
