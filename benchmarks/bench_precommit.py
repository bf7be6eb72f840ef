"""What the pre-commit hook costs: `rapport sjekk` on 5 changed chapter files (goal: under 0.3 s).

Run: /work/venv/bin/python benchmarks/bench_precommit.py
It runs the real command, as pre-commit does (a new process each time), on a copy of the example.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import copy_example

ROOT = Path(__file__).resolve().parents[1]
GOAL_SECONDS = 0.3
RUNS = 15


def main() -> int:
    rapport = str(Path(sys.executable).parent / "rapport")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder)
        shutil.rmtree(target)
        copy_example(target)
        files = [p.relative_to(target).as_posix() for p in sorted((target / "report/kapitler").glob("*.md"))[:5]]
        command = [rapport, "sjekk", *files]
        subprocess.run(command, cwd=target, check=True, capture_output=True)  # warm the file cache
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            subprocess.run(command, cwd=target, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    median = statistics.median(times)
    verdict = "OK" if median < GOAL_SECONDS else "FOR TREGT"
    print(
        f"rapport sjekk på {len(files)} endrede filer: median {median:.3f} s, beste {min(times):.3f} s "
        f"over {RUNS} kjøringer (mål: under {GOAL_SECONDS} s) – {verdict}"
    )
    return 0 if median < GOAL_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
