"""The survey's questions in `rapport sjekk`: valid, with a scale of exactly five, and no repeated ids."""

from __future__ import annotations

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.layout import Layout
from rapportlinja.base.loaded import Loaded
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.survey.questions import SURVEY_FILE


def check_survey(layout: Layout, selected: set[str] | None) -> list[Finding]:
    path = layout.root / SURVEY_FILE
    if (selected is not None and SURVEY_FILE not in selected) or not path.exists():
        return []
    loaded = load_yaml_file(path, SURVEY_FILE, "samarbeid")
    return loaded.findings + (_structure(loaded) if loaded.ok else [])


def _structure(loaded: Loaded) -> list[Finding]:
    data = loaded.data
    findings = []
    if len(data["skala"]) != 5:
        line, column = yamldoc.position(loaded.nodes, ("skala",), 1)
        findings.append(
            error(
                loaded.rel,
                line,
                column,
                f"«skala» har {len(data['skala'])} tekster, men skal ha 5.",
                "Én tekst for hver verdi 1–5, fra lavest til høyest.",
                "survey.scale",
            )
        )
    ids = [item["id"] for item in data["påstander"]] + [item["id"] for item in data.get("fritekst", [])]
    for index, item in enumerate(data["påstander"]):
        if ids.count(item["id"]) > 1:
            line, column = yamldoc.position(loaded.nodes, ("påstander", index, "id"), 1)
            findings.append(
                error(
                    loaded.rel,
                    line,
                    column,
                    f"Id-en «{item['id']}» står flere ganger.",
                    "Hver påstand og hvert fritekstspørsmål trenger sin egen id.",
                    "survey.duplicate-id",
                )
            )
    return findings
