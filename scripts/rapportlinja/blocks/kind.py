"""What every kind of block provides, and what its render half is given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base.findings import Finding
from rapportlinja.keyfigures.model import Figures
from rapportlinja.read.repository import Repository
from rapportlinja.report.fenced import Block


class Context(NamedTuple):
    """What a block is rendered with: the same for every block of one build."""

    root: Path  # the repository
    language: str  # the report's målform, "nb" or "nn"
    year: int  # the report's year: a block without its own year shows this one
    figures: Figures | None  # the key figures, None when there are none or they are broken
    redraw: bool = False  # a release draws every chart afresh: it never trusts a cached file
    web: bool = False  # the web edition: tables beside charts, data as CSV
    csv_label: str = ""  # the web edition's link text for a table's data
    rel: str = ""  # the chapter, for messages and file names
    number: int = 1  # the block's number among the chapter's blocks of its kind


class DataFile(NamedTuple):
    name: str  # under the web edition's data/ folder
    text: str


class Rendered(NamedTuple):
    markdown: str  # what stands in the chapter instead of the block
    files: tuple[DataFile, ...] = ()  # files the web edition publishes beside it


class Kind(NamedTuple):
    name: str  # the info string: ```nokkeltall
    check: Callable[[Block, str, Repository], list[Finding]]  # block, chapter, repository -> findings
    render: Callable[[Block, Context], Rendered]  # raises UserError for a block the check refuses
