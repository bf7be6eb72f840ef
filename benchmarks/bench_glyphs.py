"""Cost of the glyph check (characters no font of the PDF has) in `rapport sjekk`.

Run: PYTHONPATH=scripts python benchmarks/bench_glyphs.py
Prints, best of five: a fresh process's first check of the example's chapters (loading the table of
covered code points included, as every `rapport sjekk` pays it), and the check of 1,000 chapters of
Norwegian prose with a few non-Latin characters.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))  # runnable from a checkout without installing

from rapportlinja.checks.glyphs import check_glyphs  # noqa: E402

ROUNDS = 5
EXAMPLE = ROOT / "tests" / "fixtures" / "eksempel" / "report"
FIRST_CHECK = f"""
import sys, time
from pathlib import Path
sys.path.insert(0, {str(ROOT / "scripts")!r})
from rapportlinja.checks.glyphs import check_glyphs
start = time.perf_counter()
for path in sorted(Path({str(EXAMPLE)!r}).rglob("*.md")):
    check_glyphs(path.read_text("utf-8"), path.name, 1)
print(time.perf_counter() - start)
"""
PROSE = (
    "Barnevernstjenesten mottok 412 bekymringsmeldinger i 2025 – «en økning» på 7,5 % fra året før.\n"
    "Tiltakene for barn 0–17 år (§ 3-1) ble evaluert; Ærlig talt: 3 × 4 ≈ 12 → færre fristbrudd.\n"
)


def main() -> None:
    first = min(
        float(subprocess.run([sys.executable, "-c", FIRST_CHECK], capture_output=True, text=True, check=True).stdout)
        for _ in range(ROUNDS)
    )
    print(f"glyph check, fresh process, example's chapters (table load included): {first * 1000:.1f} ms")
    chapters = [PROSE * 40 + ("Ἀθῆναι 𝔸 ✓\n" if n % 10 == 0 else "") for n in range(1000)]
    size = sum(len(c.encode()) for c in chapters)
    best = min(_timed(lambda: [check_glyphs(c, "k.md", 1) for c in chapters]) for _ in range(ROUNDS))
    print(f"glyph check, 1,000 chapters ({size / 1e6:.1f} MB): {best * 1000:.1f} ms")


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
