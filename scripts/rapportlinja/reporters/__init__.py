"""Reporters turn findings into text for people, JSON for tools, or GitHub annotations."""

from __future__ import annotations

from collections.abc import Callable

from rapportlinja.base import findings_text
from rapportlinja.base.findings import Finding
from rapportlinja.reporters import github, json_report

Reporter = Callable[[list[Finding], int], str]

REPORTERS: dict[str, Reporter] = {
    "text": findings_text.render,
    "json": json_report.render,
    "github": github.render,
}
