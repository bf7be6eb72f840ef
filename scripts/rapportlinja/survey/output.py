"""The aggregate as data (report/data/samarbeid-<år>.yaml): only sums, never a raw answer row.

Free-text answers never enter the repository, screened or not: a writer reads them from
a file beside the export, outside the repository (`free_text`).
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML

from rapportlinja.base.labels import labels_for
from rapportlinja.survey.aggregate import Aggregate, Score, Sector
from rapportlinja.survey.questions import SURVEY_FILE, Survey

DATA_DIR = "report/data"


def header(minimum: int, language: str) -> str:
    """The comment at the top of the data file, in the report's målform (labels: survey_data_header)."""
    text = labels_for(language).survey_data_header.format(minimum=minimum)
    return "".join(f"# {row}\n" for row in text.split("\n"))


def data_file(year: int) -> str:
    return f"{DATA_DIR}/samarbeid-{year}.yaml"


def shown_year(options: object, report_year: object) -> object:
    """The year a ```samarbeid block shows: its «år» (`options` is the block's YAML), or the report's."""
    return options.get("år", report_year) if isinstance(options, dict) else report_year


def _score(score: Score) -> dict[str, Any]:
    return {
        "id": score.id,
        "kort": score.short,
        "svar": score.answers,
        "fordeling": list(score.distribution),
        "snitt": score.mean,
    }


def _sector(sector: Sector) -> dict[str, Any]:
    if not sector.shown:
        return {"navn": sector.name, "vises": False}
    return {
        "navn": sector.name,
        "vises": True,
        "svar": sector.answers,
        "påstander": [_score(s) for s in sector.scores],
    }


def free_text(result: Aggregate) -> str:
    """The free-text answers of the shown sectors, for the writer only; '' when there are none."""
    lines = []
    for sector in result.sectors:
        for question, answers in sector.comments:
            if answers:
                lines += [f"## {sector.name}: {question}", *(f"- {answer}" for answer in answers), ""]
    return "\n".join(lines)


def as_data(result: Aggregate, survey: Survey) -> dict[str, Any]:
    return {
        "år": result.year,
        "undersøkelse": SURVEY_FILE,
        "skala": list(survey.scale),
        "minste_gruppe": result.minimum,
        "sektorer": [_sector(s) for s in result.sectors],
        "samlet": {"svar": result.overall.answers, "påstander": [_score(s) for s in result.overall.scores]},
    }


def yaml_text(result: Aggregate, survey: Survey, language: str) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.representer.sort_base_mapping_type_on_output = False  # keep the order written above
    stream = io.StringIO()
    yaml.dump(as_data(result, survey), stream)
    return header(result.minimum, language) + stream.getvalue()


def summary(result: Aggregate) -> list[str]:
    """What the command prints: per sector, the count or that it is hidden."""
    lines = []
    for sector in result.sectors:
        shown = f"{sector.answers} svar" if sector.shown else f"færre enn {result.minimum} svar – vises ikke"
        lines.append(f"  {sector.name}: {shown}")
    return lines
