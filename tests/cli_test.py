"""The hostile corpus: no crash, no «intern feil», no hang over 10 s, no memory over 500 MB.

Each input runs in its own process (`python -m rapportlinja`), timed, with its peak
memory read from the kernel (wait4), and must end with a Norwegian message and exit 1
(or 2 for a refused command-line argument).
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

CHAPTER = "report/kapitler/02-om-barnevernet.md"
MINUTES = "meetings/barnevernleder-kommunalsjef/2026-01-13.md"
# A process still running after this long hangs: the limit only tells a hang from slow, it times nothing
# (durations are measured in benchmarks/).
HANG_SECONDS, MEGABYTES = 300, 500


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


EXPORT = Path(__file__).parent / "survey/data/forms-samarbeid.xlsx"


def hostile_sheet(path: Path, doctype: bytes, cell: bytes) -> Path:
    """The real test export with a DOCTYPE and an entity reference put into its worksheet XML."""
    with zipfile.ZipFile(EXPORT) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = doctype + data.replace(b"<sheetData>", b"<sheetData>" + cell, 1)
            target.writestr(info, data)
    return path


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>"
)
XXE = b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
CELL = {
    "laughs": b'<row r="30"><c r="A30" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
    "xxe": b'<row r="30"><c r="A30" t="inlineStr"><is><t>&e;</t></is></c></row>',
}


def zip_bomb(path: Path) -> Path:
    """400 MB of spaces in about 400 KB, written in chunks so this process stays small."""
    chunk = b" " * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(400):
            member.write(chunk)
    return path


Case = tuple[Callable[[Path, Path], list[str]], str]


def sjekk_after(change: Callable[[Path], None]) -> Callable[[Path, Path], list[str]]:
    def run(root: Path, _tmp: Path) -> list[str]:
        change(root)
        return ["sjekk"]

    return run


CASES: dict[str, Callable[[Path, Path], list[str]]] = {
    "30000 nested [": sjekk_after(lambda r: edit(r, CHAPTER, "tittel:", "x: " + "[" * 30_000 + "\ntittel:")),
    "3000 nested {": sjekk_after(lambda r: edit(r, CHAPTER, "tittel:", "x: " + "{a: " * 3_000 + "\ntittel:")),
    "2000 nested lists": sjekk_after(lambda r: edit(r, CHAPTER, "tittel:", "x:\n  " + "- " * 2_000 + "a\ntittel:")),
    "5000-digit integer": sjekk_after(lambda r: edit(r, CHAPTER, "tittel:", "x: " + "9" * 5_000 + "\ntittel:")),
    "csv field over 131072": sjekk_after(
        lambda r: (r / "report/data/nokkeltall.csv").write_text(
            (r / "report/data/nokkeltall.csv").read_text("utf-8") + '"' + "x" * 200_000 + "\n", "utf-8"
        )
    ),
    # Many distinct characters beyond the BMP: the normaliser's trigger class must stay one range
    # (one class entry per character took 23 s for these; pandoc's own parse takes about 2).
    "200000 distinct characters beyond the BMP": sjekk_after(
        lambda r: (r / "report/kapitler/99-tegn.md").write_text(
            "".join(chr(c) for c in range(0x10000, 0x10000 + 200_000)), "utf-8"
        )
    ),
    "ReDoS case pattern": sjekk_after(
        lambda r: (
            edit(r, "meetings/rutine.yaml", "mønster: '^BV-\\d{4}-\\d{3}$'", "mønster: '^(a+)+$'"),
            edit(r, MINUTES, "  - BV-2026-003", "  - " + "a" * 40 + "b"),
        )
    ),
    "free text as case IDs": sjekk_after(
        lambda r: edit(r, "meetings/rutine.yaml", "mønster: '^BV-\\d{4}-\\d{3}$'", "mønster: '.*'")
    ),
    "1.9 MB of SVG text": sjekk_after(
        lambda r: (r / "report/bilder/stor.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg"><text>' + "Tekst 12 34 " * 160_000 + "</text></svg>", "utf-8"
        )
    ),
    # 1 MB of nested lists cost pandoc 97 s and 766 MB, and a 1.9 MB table row reached its 120 s timeout:
    # refused before pandoc runs, with the line.
    "1 MB of nested lists": sjekk_after(
        lambda r: edit(r, CHAPTER, "\n\n", "\n\n" + "".join("  " * i + "- punkt\n" for i in range(700)) + "\n")
    ),
    "1 MB of lists nested on one line": sjekk_after(
        lambda r: edit(r, CHAPTER, "\n\n", "\n\n" + "- " * 500_000 + "\n\n")
    ),
    "1 MB of nested block quotes": sjekk_after(lambda r: edit(r, CHAPTER, "\n\n", "\n\n" + "> " * 500_000 + "\n\n")),
    "1.9 MB table row": sjekk_after(
        lambda r: edit(r, CHAPTER, "\n\n", "\n\n| a | b |\n|---|---|\n" + "| 1 " * 475_000 + "|\n\n")
    ),
    "1 MB paragraph of short lines": sjekk_after(
        lambda r: edit(r, CHAPTER, "\n\n", "\n\n" + "ord ord\n" * 130_000 + "\n")
    ),
    "40 KB of nested brackets": sjekk_after(lambda r: edit(r, CHAPTER, "\n\n", "\n\n" + "[" * 40_000 + "\n\n")),
    "15 MB CSV with a phone number at the end": sjekk_after(
        lambda r: (r / "report/data/uttrekk.csv").write_text(
            "år;antall\n" + "2024;12\n" * 1_800_000 + "x;41 23 45 67\n", "utf-8"
        )
    ),
    "40 MB file of one line": sjekk_after(lambda r: (r / "meetings/stor.txt").write_bytes(b"9" * 40 * 1024 * 1024)),
    "UTF-16 chapter text with astral characters": sjekk_after(
        lambda r: (r / "meetings/notat.md").write_bytes(("𝟏𝟓𝟎𝟑𝟖𝟓 𝟏𝟐𝟑𝟔𝟑 " * 200_000).encode("utf-16"))
    ),
    "agenda --dato 9999-12-31": lambda r, t: ["agenda", "kommunaldirektor-kommunedirektor", "--dato", "9999-12-31"],
    "arshjul --år 1": lambda r, t: ["arshjul", "--år", "1"],
    "kalender --år 99999": lambda r, t: ["kalender", "--år", "99999"],
    "xlsx billion laughs": lambda r, t: [
        "undersokelse",
        "importer",
        str(hostile_sheet(t / "latter.xlsx", LAUGHS, CELL["laughs"])),
    ],
    "xlsx XXE": lambda r, t: ["undersokelse", "importer", str(hostile_sheet(t / "xxe.xlsx", XXE, CELL["xxe"]))],
    "xlsx zip bomb": lambda r, t: ["undersokelse", "importer", str(zip_bomb(t / "bombe.xlsx"))],
    "csv export field over 131072": lambda r, t: [
        "undersokelse",
        "importer",
        str((t / "svar.csv", (t / "svar.csv").write_text('ID;Sektor\n1;"' + "x" * 200_000 + "\n", "utf-8"))[0]),
    ],
}


pytestmark = pytest.mark.slow  # each hostile input runs in its own process, timed

# A small intermediate process runs `rapport` and reports its child's peak memory: a
# process started straight from pytest would inherit pytest's own peak in its counters.
_MEASURE = """
import resource, subprocess, sys
code = subprocess.run([sys.executable, "-m", "rapportlinja", *sys.argv[1:]]).returncode
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stdout.write(f"\\nTOPP_KB={peak}\\n")
sys.exit(code)
"""


def run_measured(command: list[str], cwd: Path) -> tuple[int, str, bool, float]:
    """Exit code, output, whether it hung, and peak megabytes of one `rapport` process."""
    hung = False
    process = subprocess.Popen(
        [sys.executable, "-c", _MEASURE, *command],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "scripts")},
    )
    try:
        raw, _ = process.communicate(timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        raw, _ = process.communicate()
        hung = True
    output, _, peak = raw.decode("utf-8", errors="replace").rpartition("TOPP_KB=")
    return process.returncode, output, hung, int(peak.strip() or 0) / 1024


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_gets_a_norwegian_message_without_hanging_in_bounded_memory(example, tmp_path, name):
    command = CASES[name](example, tmp_path)
    code, output, hung, peak = run_measured(command, example)
    assert not hung, output[-2000:]
    assert code in (1, 2), output[-2000:]
    assert "intern feil" not in output and "Traceback" not in output, output[-2000:]
    assert peak < MEGABYTES, f"{peak:.0f} MB"
    assert any(word in output for word in ("feil", "ugyldig", "må", "kan ikke", "for stor")), output[-2000:]
    if name.startswith("xlsx") and name != "xlsx zip bomb":
        assert "Forbidden" in output, output[-2000:]  # defusedxml refused the DTD, not some other failure
    assert "root:" not in output  # /etc/passwd never read
