"""Benchmark what the klarspråk check (readability, spelling, målform) adds to a warm `rapport sjekk` on the example.

Goal (issue 26): under 0.1 s. Warm means a writer's second run: pandoc's prose and the spelling verdicts come
from build/.sjekk-cache/. Measured in-process on the example (tests/fixtures/eksempel), the check alone,
after one run that fills the caches; then the same with the whole `rapport sjekk` process for scale.

.venv/bin/python benchmarks/bench_klarsprak.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapportlinja.base.layout import Layout
from rapportlinja.checks import spelling
from rapportlinja.checks.plainlanguage import start_language
from rapportlinja.read.repository import open_repository

EXAMPLE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "eksempel"
SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
RUNS = 7


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(EXAMPLE, root)
        shutil.copytree(SCHEMAS, root / "schemas")
        layout = Layout(root.resolve())
        print(f"dictionaries: nb {spelling.dictionary_folder('nb')}, nn {spelling.dictionary_folder('nn')}")
        cold = _check_once(layout)
        warm = sorted(_check_once(layout) for _ in range(RUNS))
        print(f"klarspråk check on the example, cold (pandoc + Hunspell): {cold:.3f} s")
        print(f"klarspråk check on the example, warm: best {warm[0]:.4f} s, median {warm[RUNS // 2]:.4f} s")
        rapport = str(Path(sys.executable).parent / "rapport")
        whole = []
        for _ in range(RUNS):
            start = time.perf_counter()
            subprocess.run([rapport, "sjekk"], cwd=root, capture_output=True, check=False)
            whole.append(time.perf_counter() - start)
        whole.sort()
        print(f"whole `rapport sjekk` on the example, warm: best {whole[0]:.2f} s, median {whole[RUNS // 2]:.2f} s")


def _check_once(layout: Layout) -> float:
    with open_repository(layout) as repo:
        snapshot = repo.snapshot  # read before the clock starts: every check shares it
        start = time.perf_counter()
        start_language(snapshot, None)()
        return time.perf_counter() - start


if __name__ == "__main__":
    main()
