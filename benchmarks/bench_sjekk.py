"""Benchmark `rapport sjekk` on 1,000 chapter files (goal: under 1 s), as a user runs it.

.venv/bin/python benchmarks/bench_sjekk.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import large_report

RUNS = 5


def main() -> None:
    rapport = str(Path(sys.executable).parent / "rapport")
    with tempfile.TemporaryDirectory() as tmp:
        root = large_report(Path(tmp), 1000, 1)
        # Cold: no build/ folder, so pandoc parses all 1,000 chapters (as in a fresh CI checkout).
        # Warm: pandoc's readings, klarspråk's and each chapter's own findings come from build/.sjekk-cache/
        # (a writer's second run); the whole-report rules, links, images and privacy run again.
        for label, clear in (("cold", True), ("warm", False)):
            times = []
            for _ in range(RUNS):
                if clear:
                    shutil.rmtree(root / "build", ignore_errors=True)
                start = time.perf_counter()
                result = subprocess.run([rapport, "sjekk"], cwd=root, capture_output=True, text=True)
                times.append(time.perf_counter() - start)
                if result.returncode != 0:
                    raise SystemExit(result.stdout + result.stderr)
            print(
                f"rapport sjekk, 1,000 chapter files + rapport.yaml, {label}: best {min(times):.2f} s, "
                f"median {sorted(times)[RUNS // 2]:.2f} s (whole process, {RUNS} runs)"
            )
        privacy_share(root)


def privacy_share(root: Path) -> None:
    """How much of the check is the personal-data scan (issue 5 asks for its cost)."""
    from rapportlinja.base.layout import Layout
    from rapportlinja.checks.privacy import check_privacy

    layout = Layout(root.resolve())
    size = sum(p.stat().st_size for p in (root / "report").rglob("*.md"))
    best = min(_timed(lambda: check_privacy(layout, None)) for _ in range(RUNS))
    print(f"  of which the privacy scan (read + scan {size / 1e6:.1f} MB): {best:.3f} s")


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
