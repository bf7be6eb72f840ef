"""Generate large synthetic reports for the benchmarks (not shipped content)."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The frozen example the tests use, not the checkout's own report/ and meetings/ (the municipality's).
EXAMPLE = ROOT / "tests" / "fixtures" / "eksempel"


def copy_example(target: Path) -> Path:
    """The example repository (content and the tool's schemas) copied to `target`."""
    shutil.copytree(EXAMPLE, target)
    shutil.copytree(ROOT / "schemas", target / "schemas")
    return target


FRONTMATTER = """---
tittel: Kapittel {n}
ansvarlig: barnevernleder
status: godkjent
klassifisering: offentlig
medvirkning:
  - tillitsvalgte
sist_revidert: 2026-03-02
---

"""

SECTION = """## Del {n}.{s}

Barnevernstjenesten fikk {a} bekymringsmeldinger i perioden, og {b} prosent ble undersøkt innen fristen.
Tjenesten samarbeider tett med skole, helse og NAV[^{n}-{s}], og ansatte har tatt videreutdanning.
Kommunestyret får denne redegjørelsen etter barnevernsloven § 15-3 femte ledd.

Utviklingen følges opp i de månedlige møtene mellom barnevernleder og kommunalsjef, og avvik fra
normalen meldes videre til kommunaldirektør oppvekst. Tallene under viser utviklingen de siste årene,
og tjenesten vurderer dem opp mot KOSTRA-gruppen og landet. Der tallene avviker, forklarer teksten hvorfor,
og hvilke tiltak som er satt inn for å rette opp utviklingen i neste periode.

| År | Meldinger | Undersøkelser | Andel innen frist |
|----|---------:|-------------:|------------------:|
| 2021 | 1 {a} | {b}2 | 8{s},5 % |
| 2022 | 1 {b} | {b}1 | 9{s},1 % |
| 2023 | 1 {a} | {b}7 | 8{s},9 % |
| 2024 | 1 {b} | {b}4 | 9{s},3 % |

: Tabell {n}.{s}: Nøkkeltall

[^{n}-{s}]: Kilde: SSB, KOSTRA-tabell 09050.

"""


def large_report(target: Path, chapters: int, sections: int) -> Path:
    """A report with `chapters` chapters of `sections` sections (one table each)."""
    (target / "report" / "kapitler").mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "schemas", target / "schemas", dirs_exist_ok=True)
    names = []
    for n in range(1, chapters + 1):
        name = f"{n - 1:03d}-kapittel-{n}.md"
        body = "".join(SECTION.format(n=n, s=s, a=100 + 7 * n + s, b=40 + s) for s in range(1, sections + 1))
        (target / "report" / "kapitler" / name).write_text(FRONTMATTER.format(n=n) + body, encoding="utf-8")
        names.append(name)
    listing = "\n".join(f"  - {name}" for name in names)
    (target / "report" / "rapport.yaml").write_text(
        'kommune:\n  navn: Stor kommune\n  nummer: "9998"\når: 2025\ntittel: Stor rapport\n'
        f"målform: nb\nansvarlig: barnevernleder\nkapitler:\n{listing}\n",
        encoding="utf-8",
    )
    return target
