"""Everything that enters is scanned: any suffix, size or encoding, names, SVG, image metadata.

Planted values are synthetic (see tests/checks/privacy_test.py).
"""

from __future__ import annotations

import json
import os
import struct
import zlib

import pytest

from tests.checks.privacy_test import NUMBER, findings

PHONE = "41 23 45 67"
MEETINGS = "meetings/barnevernleder-kommunalsjef"


def codes(found: list[dict], rel: str) -> list[str]:
    return sorted(f["kode"] for f in found if f["fil"] == rel)


def assert_masked(found: list[dict]) -> None:
    dumped = json.dumps(found, ensure_ascii=False)
    assert NUMBER not in dumped and NUMBER[:6] not in dumped and "41 23" not in dumped


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("notat.md", f"Saken {NUMBER}.\n".encode("utf-16"), ["encoding.utf16", "privacy.fødselsnummer"]),
        ("notat.md", f"Ærlig talt: {NUMBER}.\n".encode("cp1252"), ["encoding.not-utf8", "privacy.fødselsnummer"]),
        ("notat.md", f"Saken\x00 {NUMBER}.\n".encode(), ["encoding.binary", "privacy.fødselsnummer"]),
        ("notat.txt", f"Saken {NUMBER}.\n".encode("utf-16"), ["encoding.utf16", "privacy.fødselsnummer"]),
        ("NOTAT.MD", f"Saken {NUMBER}.\n".encode(), ["privacy.fødselsnummer"]),
        ("notat.txt", f"Ring {PHONE}.\n".encode(), ["privacy.telefonnummer"]),
        ("notat", f"Ring {PHONE}.\n".encode(), ["privacy.telefonnummer"]),
        ("stor.csv", b"aar;antall\n" + b"2024;12\n" * 400_000 + f"x;{NUMBER}\n".encode(), ["privacy.fødselsnummer"]),
        ("bilde.bin", bytes(range(256)) * 4, ["privacy.binary"]),
        ("svar.xlsx", b"PK\x03\x04" + b"\x00" * 100, ["privacy.forms-export"]),
        ("svar.csv", "ID;Starttidspunkt;Fullføringstidspunkt;E-post\n1;x;y;z\n".encode(), ["privacy.forms-export"]),
    ],
)
def test_every_file_is_scanned_whatever_it_is(example, monkeypatch, capsys, name, data, expected):
    (example / MEETINGS / name).write_bytes(data)
    code, found = findings(example, monkeypatch, capsys)
    # The other checks give the same encoding finding for files they read: it shows once.
    assert code == 1 and codes(found, f"{MEETINGS}/{name}") == expected
    assert_masked(found)


def test_file_and_folder_names_are_scanned(example, monkeypatch, capsys):
    folder = example / "meetings" / NUMBER
    folder.mkdir()
    (folder / "notat.md").write_text("Ingen tall her.\n", "utf-8")
    (example / "report/kapitler" / f"10-{NUMBER}.md").write_text("Tekst.\n", "utf-8")
    code, found = findings(example, monkeypatch, capsys)
    ids = [f["fil"] for f in found if f["kode"] == "privacy.fødselsnummer"]
    assert code == 1
    # Even the path is masked in the output: the name itself is the leak.
    assert "meetings/*********63" in ids and "report/kapitler/10-*********63.md" in ids


def test_svg_text_and_attributes_are_scanned(example, monkeypatch, capsys):
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        f"<desc>Laget av {PHONE}</desc><text x='1' y='5' data-fnr='{NUMBER[:6]}&#32;{NUMBER[6:]}'>Kart</text></svg>\n"
    )
    (example / "report/bilder/kart2.svg").write_text(svg, "utf-8")
    code, found = findings(example, monkeypatch, capsys)
    assert code == 1
    assert codes(found, "report/bilder/kart2.svg") == ["privacy.fødselsnummer", "privacy.telefonnummer"]
    assert_masked(found)


# A 1 × 1 frame header (SOF0), so the image's size can be read as `rapport sjekk` requires.
JPEG_FRAME = b"\xff\xc0\x00\x11\x08\x00\x01\x00\x01\x03\x01\x11\x00\x02\x11\x01\x03\x11\x01"


def jpeg_with_comment(comment: bytes) -> bytes:
    segment = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    return b"\xff\xd8" + segment + JPEG_FRAME + b"\xff\xd9"


def png_with_text(text: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    pixels = chunk(b"IDAT", zlib.compress(b"\x00\x00"))
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"tEXt", b"Author\x00" + text) + pixels + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "data"),
    [("foto.jpg", jpeg_with_comment(b"Fotograf: Kari")), ("foto.png", png_with_text(b"Kari Nordmann"))],
)
def test_images_with_metadata_are_refused_with_a_hint(example, monkeypatch, capsys, name, data):
    (example / "report/bilder" / name).write_bytes(data)
    code, found = findings(example, monkeypatch, capsys)
    (hit,) = [f for f in found if f["fil"] == f"report/bilder/{name}"]
    assert code == 1 and hit["kode"] == "privacy.image-metadata" and "exiftool" in hit["tips"]


def test_an_image_without_metadata_passes(example, monkeypatch, capsys):
    (example / "report/bilder/ren.jpg").write_bytes(b"\xff\xd8" + JPEG_FRAME + b"\xff\xd9")
    code, found = findings(example, monkeypatch, capsys)
    assert (code, found) == (0, [])


def test_symlinks_and_hard_links_in_content_folders_are_refused_unread(example, tmp_path, monkeypatch, capsys):
    outside = tmp_path / "utenfor.md"
    outside.write_text(f"Hemmelig {NUMBER}\n", "utf-8")
    (example / MEETINGS / "lenke.md").symlink_to(outside)
    os.link(outside, example / MEETINGS / "hard.md")
    (example / "meetings/lenket-mappe").symlink_to(tmp_path, target_is_directory=True)
    code, found = findings(example, monkeypatch, capsys)
    assert codes(found, f"{MEETINGS}/lenke.md") == ["confinement.symlink"]
    assert codes(found, f"{MEETINGS}/hard.md") == ["confinement.hardlink"]
    assert {f["kode"] for f in found} == {"confinement.symlink", "confinement.hardlink"}  # nothing else was read
    assert codes(found, "meetings/lenket-mappe") == ["confinement.symlink"]
    assert code == 1
    assert_masked(found)


@pytest.mark.parametrize(
    "planted",
    ["\nklassifisering: unntatt offentlighet\n", "\n<!-- intern: saken gjelder familien i Storgata -->\n"],
)
def test_internal_text_in_a_public_chapter_is_refused(example, monkeypatch, capsys, planted):
    chapter = example / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(chapter.read_text("utf-8") + planted, "utf-8")
    code, found = findings(example, monkeypatch, capsys)
    # Said once: by the raw-markup gate, which also says why it reaches the PDF.
    assert code == 1 and [f["kode"] for f in found] in (["frontmatter.in-body"], ["markup.html-comment"])


def test_a_public_chapter_may_not_show_an_image_from_meetings(example, monkeypatch, capsys):
    (example / "meetings/kart.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>\n', "utf-8")
    chapter = example / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(chapter.read_text("utf-8") + '\n![Kart](../../meetings/kart.svg){alt="Kart"}\n', "utf-8")
    code, found = findings(example, monkeypatch, capsys)
    assert code == 1 and [f["kode"] for f in found] == ["image.internal"]


def test_a_forms_export_anywhere_in_the_repository_is_refused(example, monkeypatch, capsys):
    (example / "Svar fra Forms.XLSX").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (example / "notater").mkdir()
    (example / "notater/eksport.csv").write_text("ID;Starttidspunkt;Fullføringstidspunkt;Navn\n1;a;b;c\n", "utf-8")
    code, found = findings(example, monkeypatch, capsys)
    assert code == 1
    assert sorted(f["fil"] for f in found if f["kode"] == "privacy.forms-export") == [
        "Svar fra Forms.XLSX",
        "notater/eksport.csv",
    ]


def test_an_svg_that_pulls_in_another_file_is_refused(example, monkeypatch, capsys):
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<use href="#a"/><image href="data:image/png;base64,AAAA"/>'
        '<image xlink:href="../../meetings/foto.png" width="5" height="5"/></svg>\n'
    )
    (example / "report/bilder/lenke.svg").write_text(svg, "utf-8")
    code, found = findings(example, monkeypatch, capsys)
    # The file's own #a passes; the data: image (text no scan reads) and the file from meetings/ do not.
    assert code == 1 and codes(found, "report/bilder/lenke.svg") == ["image.svg-link", "image.svg-link"]
    messages = [f["melding"] for f in found if f["fil"] == "report/bilder/lenke.svg"]
    assert any("data:" in m for m in messages) and any("annen fil" in m for m in messages)
