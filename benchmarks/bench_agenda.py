"""Benchmark: an agenda over 10 years of minutes (360 files) should take under 0.5 s.

Run: /work/venv/bin/python benchmarks/bench_agenda.py
Times reading and checking the minutes, finding what is triggered and writing the Markdown
(the PDF is timed separately: Typst's own time does not depend on the number of minutes).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from rapportlinja.base.layout import Layout
from rapportlinja.meetings import agenda, schedule
from rapportlinja.pipeline import inputs
from rapportlinja.render import agenda_files

sys.path.insert(0, str(Path(__file__).parent))
from generate import copy_example

ROOT = Path(__file__).resolve().parents[1]
YEARS = range(2017, 2027)
GOAL_SECONDS = 0.5

MINUTES = """---
linje: {line}
dato: {date}
deltakere:
  - {reporter}
  - {recipient}
klassifisering: unntatt offentlighet
hjemmel: offl. § 13, jf. bvl. § 13-1
temaer:
  - tema: Alvorlige og kompliserte saker
  - tema: Overordnet avvikshåndtering
    følges_opp: true
saker:
  - BV-{year}-{n:03d}
oppfølging:
  - hva: Følge opp avvik nummer {n}.
    ansvarlig: {reporter}
    frist: {due}
    status: {status}
{raised}godkjent: {date}
---

Kort referat fra møtet.
"""


def generate(root: Path) -> int:
    """12 minutes a year for 10 years on each of the three lines: 360 files."""
    copy_example(root)
    for minutes in (root / "meetings").glob("*/*.md"):
        minutes.unlink()
    routine = inputs.load_routine(Layout(root))
    count = 0
    for line in routine.lines:
        for year in YEARS:
            for month in range(1, 13):
                date = schedule.meeting_in(line, year, month)
                if date is None or month not in line.months:
                    continue  # cancelled by a holiday, or a month the line skips
                raised = f"til_neste_linje:\n  - tekst: Meldt opp i {date}.\n" if line.reports_to else ""
                text = MINUTES.format(
                    line=line.id,
                    date=date,
                    reporter=line.reporter,
                    recipient=line.recipient,
                    year=year,
                    n=month,
                    due=date + dt.timedelta(days=30),
                    status="åpen" if month % 5 == 0 else "lukket",
                    raised=raised,
                )
                path = root / "meetings" / line.id / f"{date}.md"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                count += 1
    return count


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "repo"
        files = generate(root)
        layout = Layout(root)
        for line_id in (
            "barnevernleder-kommunalsjef",
            "kommunalsjef-kommunaldirektor",
            "kommunaldirektor-kommunedirektor",
        ):
            started = time.perf_counter()
            line = inputs.line_of(inputs.load_routine(layout), line_id)
            meetings = inputs.load(layout, (line.id,))
            built = agenda.build(meetings.routine, line, dt.date(2027, 1, 27), meetings.history)
            text = agenda_files.markdown_text(built, meetings.routine)
            seconds = time.perf_counter() - started
            started = time.perf_counter()
            agenda_files.pdf_bytes(layout, built, meetings.routine)
            pdf_seconds = time.perf_counter() - started
            verdict = "OK" if seconds < GOAL_SECONDS else "FOR TREGT"
            print(
                f"{line_id}: {seconds:.3f} s for dagsorden over {files} referater "
                f"({len(text.splitlines())} linjer; mål < {GOAL_SECONDS} s: {verdict}); "
                f"PDF i tillegg {pdf_seconds:.2f} s"
            )


if __name__ == "__main__":
    main()
