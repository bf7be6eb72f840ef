"""Benchmark: a build with ten key-figure charts against one without, once the charts are cached.

    /work/venv/bin/python benchmarks/bench_charts.py

Goal (issue 6): the ten cached charts cost under 1 s more than no charts at all.
Each figure is the best of several runs of `rapport bygg` in a fresh process.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import copy_example

ROOT = Path(__file__).resolve().parents[1]
RAPPORT = Path(sys.executable).parent / "rapport"
CHAPTER = "report/kapitler/05-temaomrader.md"
RUNS = 3
CHARTS = [
    ("undersokelser-innen-frist", "kommune, kostragruppe, landet"),
    ("undersokelser-innen-frist", "kommune, landet"),
    ("meldinger-per-1000", "kommune, landet"),
    ("meldinger-til-undersokelse", "kommune, landet"),
    ("barn-med-tiltak-andel", "kommune, landet"),
    ("tiltaksplan-andel", "kommune, landet"),
    ("arsverk-per-1000", "kommune, landet"),
    ("netto-driftsutgifter-per-barn", "kommune, landet"),
    ("plassert-utenfor-hjemmet", "kommune"),
    ("evaluert-plan-andel", "kommune"),
]


def repository(target: Path, charts: bool) -> Path:
    if target.exists():
        shutil.rmtree(target)
    copy_example(target)
    chapter = target / CHAPTER
    text = re.sub(r"```nokkeltall\n.*?```\n", "", chapter.read_text("utf-8"), flags=re.S)
    if charts:
        text += "".join(
            f"\n```nokkeltall\nindikatorer: [{ind}]\når: 2021-2025\nvis: figur\nregioner: [{regions}]\n```\n"
            for ind, regions in CHARTS
        )
    chapter.write_text(text, encoding="utf-8")
    return target


def build(root: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(RAPPORT), "bygg"], cwd=root, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        plain = repository(Path(tmp) / "uten", charts=False)
        with_charts = repository(Path(tmp) / "med", charts=True)
        first = build(with_charts)  # draws the ten charts
        drawn = len(list((with_charts / "build/figurer").glob("*.svg")))
        build(plain)
        without = min(build(plain) for _ in range(RUNS))
        cached = min(build(with_charts) for _ in range(RUNS))
    print(f"første bygg med {drawn} figurer (tegner dem): {first:.2f} s")
    print(f"bygg uten figurer: {without:.2f} s; med {drawn} figurer fra hurtiglageret: {cached:.2f} s")
    print(f"merkostnad for {drawn} figurer: {cached - without:+.2f} s (mål: under 1 s)")
    return 0 if cached - without < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
