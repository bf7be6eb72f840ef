"""Personal names in the text the public report is made of: chapters, figures' text, data labels.

Public text is every file under report/ the report or the web edition prints from: the chapters
(frontmatter, body, headings, tables, captions, alt text, footnotes, link text), the text in SVG
figures, the key-figure and survey files and the annual wheel. A full name, or a name with a
child or family context, is an error; a lone given name is a warning. The allow-list
(report/tillatte-tall.yaml) and the list of handled commits are about the repository, not printed,
and are left out; report/rapport.yaml is read by key (titles, committees, the «roller» mapping).
"""

from __future__ import annotations

import re
from typing import Any

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.base.loaded import Loaded
from rapportlinja.privacy.personnames import CONTEXT, FULL, NameFinding, NameRules, find_names

ALLOW_LIST = "report/tillatte-tall.yaml"
EDITION = "report/rapport.yaml"
_NOT_PRINTED = frozenset({ALLOW_LIST, EDITION, "report/behandlede-commits.yaml"})
_PUBLIC_SUFFIXES = (".md", ".yaml", ".yml", ".csv", ".svg", ".txt", ".json")

_MESSAGES = {
    FULL: "«{masked}» ser ut som et fullt navn (fornavn og etternavn).",
    CONTEXT: "«{masked}» ser ut som et navn, og står sammen med alder eller familie; det kan peke ut et barn "
    "eller en familie.",
}
_LONE = "«{masked}» ser ut som et fornavn."
HINT = (
    "Skriv rollen i stedet for navnet («et barn», «en ungdom», «foreldrene», «saksbehandler», «barnevernleder»), "
    "og ikke alder og sted sammen. Er det en offentlig person som siteres med navn, før navnet opp i "
    f"{ALLOW_LIST} med en begrunnelse."
)
_TAG = re.compile(r"<[^>]*>", re.DOTALL)
_SHOWN_ATTRIBUTE = re.compile(r"""\b(?:aria-label|alt|title)\s*=\s*(["'])(.*?)\1""", re.DOTALL)


def is_public(rel: str) -> bool:
    return rel.startswith("report/") and rel.endswith(_PUBLIC_SUFFIXES) and rel not in _NOT_PRINTED


def public_text(rel: str, text: str) -> str:
    """What of the file a reader may see, at the same offsets (the rest blanked, line breaks kept)."""
    if rel.endswith(".svg"):
        return _TAG.sub(_visible_in_tag, text)
    if rel.endswith((".yaml", ".yml")):
        return "\n".join("" if line.lstrip().startswith("#") else line for line in text.split("\n"))
    return text


def _visible_in_tag(match: re.Match[str]) -> str:
    """A tag becomes spaces, except the values of attributes a reader is shown (aria-label, alt, title)."""
    tag = match.group()
    shown = [char if char == "\n" else " " for char in tag]
    for attribute in _SHOWN_ATTRIBUTE.finditer(tag):
        start, end = attribute.span(2)
        shown[start:end] = tag[start:end]
    return "".join(shown)


def name_findings(text: str, rel: str, rules: NameRules, line_offset: int = 0) -> list[Finding]:
    return [_finding(hit, rel, line_offset) for hit in find_names(text, rules)]


def _finding(hit: NameFinding, rel: str, line_offset: int) -> Finding:
    if hit.is_error:
        message = _MESSAGES[hit.kind].format(masked=hit.masked)
        return error(rel, hit.line + line_offset, hit.column, message, HINT, "privacy.name-public")
    return warning(rel, hit.line + line_offset, hit.column, _LONE.format(masked=hit.masked), HINT, "privacy.given-name")


def rules_for(edition: Any, allowed_names: frozenset[str]) -> NameRules:
    """The municipality's own name is no person's; reviewed public persons are allowed."""
    data = edition if isinstance(edition, dict) else {}
    municipality = data.get("kommune") if isinstance(data.get("kommune"), dict) else {}
    own = str(municipality.get("navn", "")) if isinstance(municipality, dict) else ""
    return NameRules(allowed_names, frozenset(re.findall(r"[^\W\d_]+", own)))


def edition_findings(edition: Loaded, rules: NameRules) -> list[Finding]:
    """The values of report/rapport.yaml that are printed: titles, committees, logo text and roles.

    The «roller» mapping's keys are the Git names people write under; they are printed only when
    the edition opts in to names, so a key is held to the context rule (never an age or a family word).
    """
    if not isinstance(edition.data, dict):
        return []
    data = edition.data
    values: list[tuple[tuple[Any, ...], Any]] = [
        ((key,), data.get(key)) for key in ("tittel", "undertittel", "logo_alt")
    ]
    treatments = data.get("politisk_behandling")
    for i, treatment in enumerate(treatments if isinstance(treatments, list) else ()):
        if isinstance(treatment, dict):
            values.append((("politisk_behandling", i, "utvalg"), treatment.get("utvalg")))
    findings: list[Finding] = []
    for path, value in values:
        if isinstance(value, str):
            line, _ = yamldoc.position(edition.nodes, path, edition.yaml_first_line)
            findings += name_findings(value, edition.rel, rules, line - 1)
    roles = data.get("roller")
    for name, role in roles.items() if isinstance(roles, dict) else ():
        line, _ = yamldoc.position(edition.nodes, ("roller", str(name)), edition.yaml_first_line)
        findings += name_findings(str(role), edition.rel, rules, line - 1)
        as_itself = NameRules(frozenset({str(name)}), rules.own_words)  # the name alone is expected here
        findings += [_finding(h, edition.rel, line - 1) for h in find_names(str(name), as_itself) if h.is_error]
    return findings
