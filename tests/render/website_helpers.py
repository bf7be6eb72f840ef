"""Build the web edition in a test repository and read its pages back."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import git
import pytest

from rapportlinja.cli import main

SITE = "build/nettside"


def build(root: Path) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        assert main(["nettside"]) == 0
    return root / SITE


def set_language(root: Path, language: str) -> None:
    edition = root / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8").replace("målform: nb", f"målform: {language}"), "utf-8")


def commit(root: Path, message: str, tag: str | None = None) -> None:
    repo = git.Repo(root)
    repo.git.add(A=True)
    repo.git.commit("--allow-empty", m=message)
    if tag:
        repo.create_tag(tag)


def pages(site: Path) -> list[Path]:
    return sorted(site.glob("*.html"))


class Elements(HTMLParser):
    """Every start tag with its attributes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def elements(page: Path) -> list[tuple[str, dict[str, str]]]:
    parser = Elements()
    parser.feed(page.read_text("utf-8"))
    return parser.tags


def visible_text(page: Path) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.read_text("utf-8")))
