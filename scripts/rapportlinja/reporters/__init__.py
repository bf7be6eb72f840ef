"""Reporters turn findings into text for people, JSON for tools, or GitHub annotations."""

from __future__ import annotations

from collections.abc import Callable

from rapportlinja.reporters import github, json_report, text
from rapportlinja.validation.findings import Finding

Reporter = Callable[[list[Finding], int], str]

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_report.render,
    "github": github.render,
}
