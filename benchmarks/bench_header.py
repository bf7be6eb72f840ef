"""What the report's running header costs as the report grows: Typst alone on the source `rapport bygg` hands it.

    .venv/bin/python benchmarks/bench_header.py [CHAPTERS ...]      (default: 40 160 640)

For each size it generates a report (three sections and tables per chapter), runs `rapport bygg` once in a
child process that keeps a copy of the Typst source it compiles, then compiles that exact source with Typst
alone in fresh child processes (best of RUNS; peak resident memory from the child's rusage). It then reads the
PDF back and checks the running header of every page: a chapter's first page and its later pages name that
chapter. Goal (issue 23): peak memory at 640 chapters under 1.5 GB, time and memory about linear in the
chapters. To compare with an older template, run it with PYTHONPATH pointing at that checkout's scripts/.

It fails loudly (exit 1) when a build or a Typst run did not produce the expected PDF, or a header is wrong.

Measured 2026-06 (two cores shared with four other sessions, load 1.2-7; memory is the reliable figure):
    header querying every heading (before):   160 ch. 339 p.: Typst alone  7.1 s   966 MB
                                              640 ch. 1349 p.: Typst alone 102 s  6427 MB (bygg 6577 MB)
    markers just after/before the header (after):
                                              160 ch. 339 p.: Typst alone  3.4 s   730 MB (bygg  871 MB)
                                              640 ch. 1349 p.: Typst alone 12.9 s 2663 MB (bygg 2944 MB)
    640 ch., one source, three headers, back to back: markers 25 s 2693 MB; numbered labels through a
    counter 31 s 2855 MB; no header at all 28 s 2622 MB: the rest of the memory is not the header's.
    Without the header, memory grows about linearly (~4 MB a chapter): the 1.5 GB goal needs more than it.
    Before: PYTHONPATH=<checkout of the older commit>/scripts .venv/bin/python benchmarks/bench_header.py 160 640
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import large_report

RUNS = 2
SECTIONS = 3
GOAL_MB_AT_640 = 1500

# `rapport bygg` in a child process, with Typst's input copied aside just before Typst compiles it.
CAPTURE = """
import shutil, sys
from pathlib import Path
from rapportlinja.render import pdf
keep, compile_pdf = Path(sys.argv[1]), pdf.compile_pdf
def capture(main, root, timestamp, inputs=None):
    shutil.copytree(main.parent, keep)
    return compile_pdf(main, root, timestamp, inputs)
pdf.compile_pdf = capture
from rapportlinja.cli import main
sys.argv = ["rapport", "bygg"]
raise SystemExit(main())
"""

TYPST_ALONE = """
import sys, typst
typst.compile(sys.argv[1], output=sys.argv[3], root=sys.argv[2], pdf_standards=["ua-1", "a-2a"],
              ignore_system_fonts=True, timestamp=0)
"""


def child(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one child process; raises SystemExit when it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"FEIL: {' '.join(command[:3])} … stoppet (status {status}):\n{error[-2000:]}")
    return elapsed, usage.ru_maxrss // 1024


def wrong_headers(pdf: Path) -> list[str]:
    """Pages whose running header does not name the chapter the page belongs to.

    The expected chapter is the last top-level bookmark on or before the page (bookmarks come from the
    headings, not from the header), its number stripped: the header shows the title alone.
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        starts = {}
        for bookmark in document.get_toc():
            destination = bookmark.get_dest()
            if bookmark.level == 0 and destination is not None:
                starts.setdefault(destination.get_index(), re.sub(r"^[0-9.]+ ", "", bookmark.get_title()))
        problems, current = [], None
        for index in range(len(document)):
            current = starts.get(index, current)
            if current is None:
                continue
            lines = document[index].get_textpage().get_text_range().replace("\r\n", "\n").splitlines()
            if not any(line == current or line.startswith(current + " ") for line in lines[:2]):
                problems.append(f"side {index + 1}: «{' / '.join(lines[:2])}», ventet «{current}»")
        return problems
    finally:
        document.close()


def measure(chapters: int, folder: Path) -> int:
    root = large_report(folder / f"r{chapters}", chapters, SECTIONS)
    # Inside the repository: Typst resolves the chapters' paths from its root, and the copy must be within it.
    source = root / "typst-kilde"
    build_seconds, build_mb = child([sys.executable, "-c", CAPTURE, str(source)], root)
    built = next((root / "build").glob("*.pdf"), None)
    if built is None or not (source / "rapport.typ").is_file():
        raise SystemExit(f"FEIL: rapport bygg laget ingen PDF eller Typst-kilde for {chapters} kapitler")
    alone = []
    for run in range(RUNS):
        output = folder / f"alone-{chapters}-{run}.pdf"
        alone.append(child([sys.executable, "-c", TYPST_ALONE, f"{source.name}/rapport.typ", ".", str(output)], root))
        if not output.is_file() or output.stat().st_size == 0:
            raise SystemExit(f"FEIL: Typst alene laget ingen PDF for {chapters} kapitler")
    import pypdfium2

    pages = len(pypdfium2.PdfDocument(built))
    seconds, peak = min(a[0] for a in alone), max(a[1] for a in alone)
    print(
        f"{chapters:4d} kapitler, {pages:5d} sider: rapport bygg {build_seconds:6.1f} s {build_mb:5d} MB | "
        f"Typst alene {seconds:6.1f} s {peak:5d} MB"
    )
    problems = wrong_headers(built)
    for problem in problems[:10]:
        print("  feil topptekst:", problem)
    failed = bool(problems)
    if chapters >= 640 and peak > GOAL_MB_AT_640:
        print(f"  over målet: {peak} MB > {GOAL_MB_AT_640} MB")
        failed = True
    return int(failed)


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [40, 160, 640]
    print(f"Last: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} kjerner")
    with tempfile.TemporaryDirectory() as folder:
        return max(measure(n, Path(folder)) for n in sizes)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
