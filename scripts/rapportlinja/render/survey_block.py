"""```samarbeid blocks in a chapter: replaced, before pandoc, by the survey's table from report/data/.

    ```samarbeid
    år: 2025
    ```

Without «år» the report's year is used. Hidden sectors show «færre enn 5 svar – vises ikke».
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rapportlinja.base import escape, yamldoc
from rapportlinja.base.errors import UserError
from rapportlinja.base.labels import labels_for
from rapportlinja.read import textfile
from rapportlinja.report import fenced
from rapportlinja.survey.output import data_file


def expand(body: str, root: Path, year: int, language: str, rel: str = "") -> str:
    """`body` with every ```samarbeid block replaced by a Markdown table and a note."""

    def replacement(block: fenced.Block) -> str:
        options = yamldoc.load(block.text, rel).data or {}
        block_year = options.get("år", year) if isinstance(options, dict) else year
        return markdown(read_data(root, int(block_year)), language)

    return fenced.replace(body, fenced.find(body, 1, "samarbeid"), replacement)


def read_data(root: Path, year: int) -> dict[str, Any]:
    rel = data_file(year)
    path = root / rel
    if not path.exists():
        raise UserError(
            f"Kapitlet viser undersøkelsen for {year}, men {rel} finnes ikke.",
            "Kjør «rapport undersokelse importer FIL» med eksporten fra Microsoft Forms.",
        )
    text, _ = textfile.read_text(path, rel)
    parsed = yamldoc.load(text or "", rel)
    if text is None or not isinstance(parsed.data, dict):
        raise UserError(f"{rel} kan ikke leses.", "Lag filen på nytt med «rapport undersokelse importer --erstatt».")
    data: dict[str, Any] = parsed.data
    return data


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def markdown(data: dict[str, Any], language: str) -> str:
    labels = labels_for(language)
    shorts = [score["kort"] for score in data["samlet"]["påstander"]]
    header = [labels.survey_sector, labels.survey_answers, *shorts]
    lines = [
        "| " + " | ".join(escape.markdown(h) for h in header) + " |",
        # pandoc sets the column widths from the dashes: a wide sector column, narrow numbers
        "|" + "-" * 22 + "|" + "-" * 8 + ":|" + ("-" * 11 + ":|") * len(shorts),
    ]
    hidden = labels.survey_hidden.format(minimum=data["minste_gruppe"])
    for sector in data["sektorer"]:
        if sector["vises"]:
            cells = [str(sector["svar"]), *(_mean(score["snitt"]) for score in sector["påstander"])]
        else:
            cells = [escape.markdown(hidden), *("–" for _ in shorts)]
        lines.append(f"| {escape.markdown(sector['navn'])} | " + " | ".join(cells) + " |")
    overall = data["samlet"]
    lines.append(
        f"| {escape.markdown(labels.survey_total)} | {overall['svar']} | "
        + " | ".join(_mean(score["snitt"]) for score in overall["påstander"])
        + " |"
    )
    # The scale's own labels are in the survey's language, which need not be the report's: not quoted here.
    caption = labels.survey_caption.format(year=data["år"])
    note = labels.survey_note.format(minimum=data["minste_gruppe"], answers=overall["svar"])
    return "\n".join(lines) + f"\n\n: {escape.markdown(caption)}\n\n{escape.markdown(note)}\n"
