"""Synthetic Microsoft Forms exports in the real column layout (Norwegian headings). No real answers.

Forms puts ID, Starttidspunkt, Fullføringstidspunkt, E-postadresse, Navn and Tidspunkt for siste
endring before one column per question (headings as seen in real Norwegian exports); an
anonymous form writes «anonymous» as e-mail.
`python -m tests.survey.exports` rewrites the files in tests/survey/data/.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path
from typing import Any

from openpyxl import Workbook

DATA = Path(__file__).parent / "data"
META = ["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-postadresse", "Navn", "Tidspunkt for siste endring"]
SECTOR = "Hvilken tjeneste arbeider du i?"
STATEMENTS = [
    "Jeg vet når og hvordan jeg skal melde bekymring til barnevernstjenesten.",
    "Vi får tilbakemelding fra barnevernstjenesten etter at vi har sendt en bekymringsmelding.",
    "Samarbeidet med barnevernstjenesten i enkeltsaker fungerer godt.",
    "Det er lett å drøfte en bekymring anonymt med barnevernstjenesten.",
    "Alt i alt er jeg fornøyd med samarbeidet med barnevernstjenesten.",
]
OPEN = ["Hva fungerer godt i samarbeidet med barnevernstjenesten?", "Hva bør bli bedre i samarbeidet?"]
HEADINGS = [*META, SECTOR, *STATEMENTS, *OPEN]
SCALE = ["Helt uenig", "Litt uenig", "Verken enig eller uenig", "Litt enig", "Helt enig"]
SMALL = {"Helse": 8, "Skole": 7, "NAV": 3}  # NAV has fewer than 5 answers and must be hidden
EXAMPLE = {"Skole": 24, "Barnehage": 14, "Helse": 19, "NAV": 8, "Annen tjeneste": 6}
GOOD = ["Rask respons når vi ringer.", "Gode drøftingsmøter.", "", "Tydelig informasjon om meldeplikten."]
BETTER = ["Mer tilbakemelding etter melding.", "", "Kortere ventetid.", "Faste kontaktpersoner."]


def rows(sizes: dict[str, int], seed: int = 7) -> list[list[Any]]:
    rng = random.Random(seed)
    start = dt.datetime(2025, 11, 3, 8, 0)
    out = []
    for number, sector in enumerate((s for s, n in sizes.items() for _ in range(n)), start=1):
        began = start + dt.timedelta(minutes=37 * number)
        centre = 3.4 if sector == "Helse" else 3.9  # as the example chapter says: health rates lowest
        scores = [max(1, min(5, round(rng.gauss(centre if i != 1 else 3.0, 0.8)))) for i in range(len(STATEMENTS))]
        answers = [f"{s} – {SCALE[s - 1]}" for s in scores]
        out.append(
            [
                number,
                began,
                began + dt.timedelta(minutes=4),
                "anonymous",
                "",
                began + dt.timedelta(minutes=4),
                sector,
                *answers,
                rng.choice(GOOD),
                rng.choice(BETTER),
            ]
        )
    return out


def write_xlsx(path: Path, table: list[list[Any]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(HEADINGS)
    for row in table:
        sheet.append(row)
    book.save(path)


def write_csv(path: Path, table: list[list[Any]]) -> None:
    """As Norwegian Excel saves CSV: semicolons, UTF-8 with BOM."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADINGS)
        writer.writerows(
            [[c.strftime("%d.%m.%Y %H:%M:%S") if isinstance(c, dt.datetime) else c for c in row] for row in table]
        )


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    write_xlsx(DATA / "forms-samarbeid.xlsx", rows(SMALL))
    write_csv(DATA / "forms-samarbeid.csv", rows(SMALL))
