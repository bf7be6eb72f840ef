"""Load the edition (report/rapport.yaml) and chapters into typed records, with findings."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.loaded import Loaded
from rapportlinja.read import frontmatter, textfile
from rapportlinja.read.once import remember
from rapportlinja.read.validate import validate


def load_yaml_file(path: Path, rel: str, kind: str) -> Loaded:
    return _fresh(remember(("yaml", path, rel, kind), lambda: _load_yaml_file(path, rel, kind)))


def _load_yaml_file(path: Path, rel: str, kind: str) -> Loaded:
    text, findings = textfile.read_text(path, rel)
    if text is None:
        return Loaded(rel, None, None, findings)
    parsed = yamldoc.load(text, rel)
    findings += parsed.findings
    if parsed.data is None and not findings:
        findings.append(_empty(rel))
    if parsed.data is not None:
        findings += validate(kind, parsed.data, parsed.nodes, rel, 1)
    return Loaded(rel, parsed.data, parsed.nodes, findings)


def load_markdown_file(path: Path, rel: str, kind: str) -> Loaded:
    return _fresh(remember(("markdown", path, rel, kind), lambda: _load_markdown_file(path, rel, kind)))


def _load_markdown_file(path: Path, rel: str, kind: str) -> Loaded:
    text, findings = textfile.read_text(path, rel)
    if text is None:
        return Loaded(rel, None, None, findings)
    split, split_findings = frontmatter.split(text, rel)
    if split is None:
        return Loaded(rel, None, None, findings + split_findings, body=text)
    parsed = yamldoc.load(split.yaml_text, rel, split.yaml_first_line)
    findings += parsed.findings
    if parsed.data is None and not parsed.findings:
        findings.append(_empty(rel))
    elif parsed.data is not None and not isinstance(parsed.data, dict):
        findings.append(_not_mapping(rel, split.yaml_first_line))
    elif parsed.data is not None:
        findings += validate(kind, parsed.data, parsed.nodes, rel, split.yaml_first_line)
    data = parsed.data if isinstance(parsed.data, dict) else None
    return Loaded(rel, data, parsed.nodes, findings, split.body, split.body_first_line, split.yaml_first_line)


def _fresh(loaded: Loaded) -> Loaded:
    """A remembered file with its own list of findings, so a caller that adds to it changes nothing else."""
    return loaded._replace(findings=list(loaded.findings))


def _empty(rel: str) -> Finding:
    return error(rel, 2, 1, "Frontmatter er tom.", frontmatter.EXAMPLE, "frontmatter.empty")


def _not_mapping(rel: str, line: int) -> Finding:
    return error(
        rel,
        line,
        1,
        "Frontmatter må bestå av nøkler med verdier (nøkkel: verdi), ikke en liste eller tekst.",
        frontmatter.EXAMPLE,
        "frontmatter.not-mapping",
    )
