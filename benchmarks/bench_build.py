"""Benchmark `rapport bygg` against the bare toolchain (and pandoc + xelatex when present).

    .venv/bin/python benchmarks/bench_build.py

Goals (issue 2): our full build within 1.3x the bare toolchain (pandoc -> typst on the
same Markdown, no checks), at least 10x faster than xelatex, peak memory under 300 MB.
Each figure is the best of several runs; memory is the largest child's peak RSS.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypandoc

sys.path.insert(0, str(Path(__file__).parent))
from generate import copy_example, large_report

RUNS = 3
BIN = Path(sys.executable).parent


def timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in MB of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{process.stderr.read().decode() if process.stderr else ''}")
    return elapsed, usage.ru_maxrss // 1024


def best(commands: list[list[str]], cwd: Path) -> tuple[float, int]:
    results = []
    for _ in range(RUNS):
        total, peak = 0.0, 0
        for command in commands:
            seconds, rss = timed(command, cwd)
            total, peak = total + seconds, max(peak, rss)
        results.append((total, peak))
    return min(r[0] for r in results), max(r[1] for r in results)


def bodies(root: Path) -> Path:
    """All chapter bodies, frontmatter stripped, as one Markdown file for the bare toolchain."""
    parts = []
    for chapter in sorted((root / "report/kapitler").glob("*.md")):
        text = chapter.read_text("utf-8")
        parts.append(f"# {chapter.stem}\n\n" + text.split("---\n", 2)[2])
    # Beside the chapters, so their relative image paths resolve; not *.md, so no chapter.
    target = root / "report/kapitler/bare.markdown"
    target.write_text("\n\n".join(parts), "utf-8")
    return target


def bare_steps() -> list[list[str]]:
    """The bare toolchain on the chapters `bodies` wrote: pandoc's default Typst template, then Typst."""
    return [
        [
            pypandoc.get_pandoc_path(),
            "-s",
            "-f",
            "markdown",
            "-t",
            "typst",
            "report/kapitler/bare.markdown",
            "-o",
            "report/kapitler/bare.typ",
        ],
        [
            sys.executable,
            "-c",
            "import typst; typst.compile('report/kapitler/bare.typ', output='bare.pdf', root='.')",
        ],
    ]


def measure(name: str, root: Path) -> None:
    ours = best([[str(BIN / "rapport"), "bygg"]], root)
    pdf = next((root / "build").glob("*.pdf"))
    pages = subprocess.run(
        [sys.executable, "-c", f"import pypdf;print(len(pypdf.PdfReader('{pdf}').pages))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    bodies(root)
    pandoc = pypandoc.get_pandoc_path()
    bare = best(bare_steps(), root)
    print(f"{name}: {pages} pages")
    print(f"  rapport bygg     {ours[0]:6.2f} s  peak {ours[1]:4d} MB")
    print(f"  bare toolchain   {bare[0]:6.2f} s  peak {bare[1]:4d} MB   ratio {ours[0] / bare[0]:.2f}x")
    if shutil.which("xelatex"):
        latex = best([[pandoc, "report/kapitler/bare.markdown", "--pdf-engine=xelatex", "-o", "bare.pdf"]], root)
        print(f"  pandoc + xelatex {latex[0]:6.2f} s   ours is {latex[0] / ours[0]:.1f}x faster")
    else:
        print("  pandoc + xelatex: xelatex is not installed here; not measured")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        example = Path(tmp) / "example"
        copy_example(example)
        measure("example report", example)
        measure("large report (24 chapters, 144 tables)", large_report(Path(tmp) / "large", 24, 6))


if __name__ == "__main__":
    main()
