"""The ```samarbeid block: the partner survey's table from report/data/, checked before the build needs it.

    ```samarbeid
    år: 2025
    ```

Without «år» the report's year is used. Hidden sectors show «færre enn 5 svar – vises ikke».
The same table stands in the PDF and on the web.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeGuard

from rapportlinja.base import escape, findings_text, yamldoc
from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.labels import labels_for
from rapportlinja.base.loaded import Loaded
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.blocks.kind import Context, Kind, Rendered
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.read.repository import Repository
from rapportlinja.report.fenced import Block
from rapportlinja.survey.output import data_file, shown_year

KEYS = ("år",)
EXAMPLE = "```samarbeid\når: 2025\n```"
NO_DATA_HINT = "Kjør «rapport undersokelse importer FIL» med eksporten fra Microsoft Forms, eller rett årstallet."
DATA_SCHEMA = "samarbeidsdata"  # schemas/samarbeidsdata.schema.json
BROKEN_DATA_HINT = "Lag filen på nytt med «rapport undersokelse importer --erstatt»."


def check(block: Block, rel: str, repo: Repository) -> list[Finding]:
    edition = repo.snapshot.edition.data if repo.snapshot.edition.ok else None
    report_year = edition.get("år") if isinstance(edition, dict) else None
    root = repo.layout.root
    if not block.text.strip():
        return _check_data(root, report_year, rel, block.line) if isinstance(report_year, int) else []
    parsed = yamldoc.load(block.text, rel, block.line + 1)
    if parsed.findings:
        # The parser may point past the last line (where it expected a «]»); stay inside the block.
        last = block.line + len(block.text.split("\n"))
        return [f._replace(line=min(f.line, last)) for f in parsed.findings]
    if not isinstance(parsed.data, dict):
        return [error(rel, block.line, 1, "Samarbeid-blokken er ikke nøkkel: verdi.", EXAMPLE, "samarbeid.block")]
    findings = []
    for key in parsed.data:
        if key not in KEYS:
            line, column = yamldoc.key_position(parsed.nodes, (key,), block.line + 1)
            # «aar» is how «år» is spelt without the letter å.
            hint = did_you_mean(str(key).replace("aa", "å"), KEYS) or f"Blokken kan bare ha «år»: {EXAMPLE}"
            findings.append(
                error(rel, line, column, f"Ukjent nøkkel «{key}» i samarbeid-blokken.", hint, "samarbeid.key")
            )
    year = shown_year(parsed.data, report_year)
    if not _is_year(year):
        line, column = yamldoc.position(parsed.nodes, ("år",), block.line + 1)
        return [
            *findings,
            error(rel, line, column, "«år» i samarbeid-blokken må være et årstall.", EXAMPLE, "samarbeid.year"),
        ]
    return findings + _check_data(root, year, rel, block.line)


def render(block: Block, context: Context) -> Rendered:
    year = shown_year(yamldoc.load(block.text, context.rel).data, context.year)
    if not _is_year(year):
        raise UserError(
            f"Samarbeid-blokken kan ikke vises: {context.rel}:{block.line}", "Kjør «rapport sjekk» for å se feilen."
        )
    return Rendered(markdown(read_data(context.root, year), context.language))


KIND = Kind("samarbeid", check, render)


def _is_year(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 2000 <= value <= 2100


def _check_data(root: Path, year: int, rel: str, line: int) -> list[Finding]:
    """The data file the build will read must be there and hold what the importer writes, and no more."""
    data_rel, loaded = _load_data(root, year)
    if loaded is None:
        return [error(rel, line, 1, _no_data(year, data_rel), NO_DATA_HINT, "samarbeid.no-data")]
    return loaded.findings + _hidden_counts(loaded)


def read_data(root: Path, year: int) -> dict[str, Any]:
    """The survey's data for `year`; a UserError with what `rapport sjekk` would say when it cannot be shown."""
    data_rel, loaded = _load_data(root, year)
    if loaded is None:
        raise UserError(_no_data(year, data_rel), NO_DATA_HINT)
    findings_text.refuse_on_errors(
        loaded.findings + _hidden_counts(loaded), 1, f"{data_rel} kan ikke vises.", BROKEN_DATA_HINT
    )
    data: dict[str, Any] = loaded.data
    return data


def _load_data(root: Path, year: int) -> tuple[str, Loaded | None]:
    """The data file's name and its contents, validated against its schema; None when it is not there."""
    data_rel = data_file(year)
    path = root / data_rel
    return data_rel, load_yaml_file(path, data_rel, DATA_SCHEMA) if path.is_file() else None


def _no_data(year: int, data_rel: str) -> str:
    return f"Kapitlet viser undersøkelsen for {year}, men {data_rel} finnes ikke."


def _hidden_counts(loaded: Loaded) -> list[Finding]:
    """A sector too small to show must not carry its count: with the total, it would give its answers away."""
    findings: list[Finding] = []
    sectors = loaded.data.get("sektorer") if isinstance(loaded.data, dict) else None
    for index, sector in enumerate(sectors if isinstance(sectors, list) else []):
        for key in ("svar", "påstander"):
            if isinstance(sector, dict) and sector.get("vises") is False and key in sector:
                line, column = yamldoc.key_position(loaded.nodes, ("sektorer", index, key), 1)
                message = f"Sektoren «{sector.get('navn')}» vises ikke, men filen har «{key}» for den."
                findings.append(error(loaded.rel, line, column, message, BROKEN_DATA_HINT, "samarbeid.hidden-count"))
    return findings


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
