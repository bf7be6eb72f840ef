"""Metadata in images: EXIF (camera owner, GPS position), XMP, comments and text chunks.

Typst embeds JPEG and PNG files byte for byte in the PDF, metadata and all: an EXIF
«Artist», a comment or a GPS position in a picture of the office would be published.
The scan refuses images that carry any; `STRIP_HINT` tells how to remove it. Pure
functions over the file's bytes: they read the container's structure, not the pixels.
"""

from __future__ import annotations

import struct

STRIP_HINT = (
    "Fjern metadata før bildet legges inn, for eksempel med «exiftool -all= bilde.jpg», "
    "eller åpne bildet i Paint/Forhåndsvisning og eksporter det på nytt som PNG uten metadata."
)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# PNG chunks that hold text or metadata; colour and layout chunks are harmless.
_PNG_METADATA = {b"tEXt": "tekst", b"zTXt": "tekst", b"iTXt": "tekst/XMP", b"eXIf": "EXIF"}
_JPEG_SEGMENTS = {0xE1: "EXIF/XMP", 0xFE: "kommentar", 0xED: "IPTC"}


def _jpeg_metadata(data: bytes) -> list[str]:
    found: list[str] = []
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no more headers
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        segment = data[at + 4 : at + 2 + length]
        if marker in _JPEG_SEGMENTS:
            found.append("GPS-posisjon" if marker == 0xE1 and b"GPS" in segment else _JPEG_SEGMENTS[marker])
        at += 2 + length
    return found


def _png_metadata(data: bytes) -> list[str]:
    found: list[str] = []
    at = len(_PNG_SIGNATURE)
    while at + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        if kind in _PNG_METADATA:
            found.append(_PNG_METADATA[kind])
        if kind == b"IEND":
            break
        at += 12 + length
    return found


def _gif_metadata(data: bytes) -> list[str]:
    # A comment extension (0x21 0xFE) or an application extension holding XMP.
    found = ["kommentar"] if b"\x21\xfe" in data else []
    return found + (["XMP"] if b"XMP DataXMP" in data else [])


def image_metadata(data: bytes) -> list[str]:
    """The kinds of metadata in a JPEG, PNG or GIF file, in Norwegian; [] when it has none."""
    if data.startswith(b"\xff\xd8"):
        return sorted(set(_jpeg_metadata(data)))
    if data.startswith(_PNG_SIGNATURE):
        return sorted(set(_png_metadata(data)))
    if data.startswith((b"GIF87a", b"GIF89a")):
        return _gif_metadata(data)
    return []


def is_image(data: bytes) -> bool:
    """True for the bitmap formats chapters may show (PNG, JPEG, GIF), judged by content."""
    return data.startswith((b"\xff\xd8\xff", _PNG_SIGNATURE, b"GIF87a", b"GIF89a"))


def _jpeg_pixels(data: bytes) -> int | None:
    at = 2
    while at + 9 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return int(width) * int(height)
        at += 2 + length
    return None
