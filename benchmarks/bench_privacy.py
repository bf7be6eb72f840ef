"""Throughput of the personal-data scanner on about 20 MB of report-like Markdown.

Run: PYTHONPATH=scripts python benchmarks/bench_privacy.py
Prints MB/s (UTF-8 megabytes), best of five, for two shapes of work: 1,000 files of about
20 kB scanned one by one, as `rapport sjekk` does, and the same text as one string.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))  # runnable from a checkout without installing

from rapportlinja.base.personal.idnumber import complete_id_number  # noqa: E402
from rapportlinja.privacy import scan_text  # noqa: E402

FILES = 1_000
FILE_SIZE = 20_000  # characters
ROUNDS = 5
NNBSP = "\u202f"
ALLOWED = frozenset({"22334455", "postmottak@eksempel.kommune.no"})

FRONTMATTER = """---
tittel: Kapittel {n}
ansvarlig: barnevernleder
status: til gjennomgang
klassifisering: offentlig
sist_revidert: 2026-03-{day:02d}
---

"""

PROSE = [
    "Barnevernstjenesten mottok {a} bekymringsmeldinger i {year}, mot {b} året før. "
    "Det tilsvarer {pct},{dec} meldinger per 1 000 barn 0–17 år.",
    "Andelen undersøkelser avsluttet innen fristen på tre måneder var {pct},{dec} % i "
    "{year}; landet lå på {pct2},{dec} %. Fristbrudd følges opp i avvikssystemet.",
    "Netto driftsutgifter til funksjon 244, 251 og 252 var {amount} kr i {year}, eller "
    "{small} kr per innbygger 0–17 år (SSB-tabell 12367, KOSTRA).",
    "Tjenesten hadde {fte},{dec} årsverk per 31.12.{year}; sykefraværet var {pct},{dec} %. "
    "Tillitsvalgte deltok i arbeidet med kapitlet, jf. sak BV-{year}-0{a}.",
    "Kommunestyret behandlet tilstandsrapporten {day}.{month:02d}.{year} etter "
    "barnevernsloven § 15-3 femte ledd. Planperioden er {year}–{year2}.",
    "Samarbeidet med helsestasjon, skole og NAV er styrket gjennom BTI-modellen, og "
    "oppvekstutvalget fikk en orientering om KS Barnevernløft i {year}/{year2}.",
]
CONTACT = (  # allowed values, once per file, as in a real chapter's footer
    "Vakttelefonen 22 33 44 55 og postmottak@eksempel.kommune.no er tjenestens faste "
    "kontaktpunkter (org.nr. 974 760 673).\n"
)

TABLE_HEAD = (
    "| År | Meldinger | Undersøkelser | Andel innen frist | Utgifter (kr) |\n"
    "|----|----------:|--------------:|------------------:|--------------:|\n"
)
TABLE_ROW = "| {year} | {a} | {b} | {pct},{dec} % | {amount} |\n"


def _amount(rng: random.Random) -> str:
    value = f"{rng.randint(1_000_000, 99_999_999):,}"
    return value.replace(",", rng.choice([" ", NNBSP]))


def _fields(rng: random.Random) -> dict[str, object]:
    year = rng.randint(2019, 2026)
    return {
        "a": rng.randint(100, 999),
        "b": rng.randint(100, 999),
        "pct": rng.randint(10, 99),
        "pct2": rng.randint(10, 99),
        "dec": rng.randint(0, 9),
        "year": year,
        "year2": year + 1,
        "amount": _amount(rng),
        "small": f"{rng.randint(1, 99)} {rng.randint(100, 999)}",
        "fte": rng.randint(10, 60),
        "day": rng.randint(1, 28),
        "month": rng.randint(1, 12),
    }


def _section(rng: random.Random, n: int) -> str:
    paragraphs = "\n\n".join(rng.choice(PROSE).format(**_fields(rng)) for _ in range(4))
    rows = "".join(TABLE_ROW.format(**_fields(rng)) for _ in range(5))
    return f"## Del {n}\n\n{paragraphs}\n\n{TABLE_HEAD}{rows}\n: Tabell {n}: Nøkkeltall\n\n"


def make_file(rng: random.Random, index: int) -> str:
    parts = [FRONTMATTER.format(n=index, day=rng.randint(1, 28))]
    size, n = len(parts[0]), 1
    while size < FILE_SIZE:
        parts.append(_section(rng, n))
        size, n = size + len(parts[-1]), n + 1
    parts.append(CONTACT)
    if index % 50 == 0:  # a leaked synthetic number now and then exercises the hit path
        parts.append(f"Feilført: {complete_id_number('150385000')}\n")
    return "".join(parts)


def best_of(rounds: int, work: Callable[[], int]) -> tuple[float, int]:
    best, hits = float("inf"), 0
    for _ in range(rounds):
        start = time.perf_counter()
        hits = work()
        best = min(best, time.perf_counter() - start)
    return best, hits


def main() -> int:
    rng = random.Random(2026)
    files = [make_file(rng, index) for index in range(FILES)]
    megabytes = sum(len(text.encode("utf-8")) for text in files) / 1e6
    whole = "".join(files)
    per_file, hits = best_of(ROUNDS, lambda: sum(len(scan_text(t, ALLOWED)) for t in files))
    one_text, hits_whole = best_of(ROUNDS, lambda: len(scan_text(whole, ALLOWED)))
    print(f"{FILES} files, {megabytes:.1f} MB, {hits} hits ({hits_whole} as one text)")
    print(f"per file:  {megabytes / per_file:6.1f} MB/s ({per_file:.3f} s, best of {ROUNDS})")
    print(f"one text:  {megabytes / one_text:6.1f} MB/s ({one_text:.3f} s, best of {ROUNDS})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
