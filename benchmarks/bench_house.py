"""`rapport bygg` on the example against the bare toolchain, side by side in one run (issue 15).

    .venv/bin/python benchmarks/bench_house.py

Bare toolchain: pandoc -> Typst on the same chapters with pandoc's default template
(`pandoc -s -t typst`), then `typst.compile`; no checks, no key figures, no appendices.
The runs alternate (ours, bare, ours, bare, …) so both see the same machine load; each
figure is the median. The bare run must produce a readable PDF, or the benchmark stops.
Goal: ours within 1.5x of bare. Also: `import rapportlinja.commands.bygg` on its own.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdf

sys.path.insert(0, str(Path(__file__).parent))
from bench_build import bare_steps, bodies
from generate import copy_example

RUNS = 7
BIN = Path(sys.executable).parent


def seconds(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr.decode(errors='replace')}")
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "example"
        copy_example(root)
        bodies(root)
        steps = bare_steps()
        ours, bare = [], []
        for _ in range(RUNS):
            ours.append(seconds([str(BIN / "rapport"), "bygg"], root))
            (root / "bare.pdf").unlink(missing_ok=True)
            bare.append(sum(seconds(step, root) for step in steps))
            pages = len(pypdf.PdfReader(root / "bare.pdf").pages)
            if pages < 5:
                raise SystemExit(f"the bare toolchain made a PDF of {pages} pages; not a fair comparison")
        ours_pages = len(pypdf.PdfReader(next((root / "build").glob("*.pdf"))).pages)
        imports = [seconds([sys.executable, "-c", "import rapportlinja.commands.bygg"], root) for _ in range(RUNS)]
        ours_s, bare_s = statistics.median(ours), statistics.median(bare)
        print(f"example: ours {ours_pages} pages, bare {pages} pages; median of {RUNS} alternating runs")
        print(f"  rapport bygg    {ours_s:5.2f} s")
        print(f"  bare toolchain  {bare_s:5.2f} s   ratio {ours_s / bare_s:.2f}x (goal 1.5x)")
        print(f"  python -c 'import rapportlinja.commands.bygg' {statistics.median(imports):5.2f} s (process included)")


if __name__ == "__main__":
    main()
