"""Load YAML with positions, refuse what is dangerous, and explain errors in Norwegian.

We keep ruamel.yaml's round-trip nodes because they know the line and column of every
key and value, which is what lets a finding point at `kapitler/03.md:7:10`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from rapportlinja.validation.findings import Finding, error, warning

MAX_NODES = 20_000  # far beyond any real file; stops alias bombs before they expand


class YamlResult(NamedTuple):
    data: Any  # JSON-compatible: dict, list, str, int, float, bool, None
    nodes: Any  # ruamel nodes, for positions
    findings: list[Finding]


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    return yaml


_LOADER = _yaml()

_TAB_INDENT = re.compile(r"^[ ]*\t", re.MULTILINE)
_NBSP_SYNTAX = re.compile(r"^[ \u00a0]*\u00a0|:\u00a0", re.MULTILINE)
_SMART_QUOTES = "“”„«»‘’‚"


def load(text: str, rel: str, first_line: int = 1) -> YamlResult:
    """Parse `text` (which starts at `first_line` of file `rel`) into data and positions."""
    findings = _lexical_findings(text, rel, first_line)
    if findings:
        return YamlResult(None, None, findings)
    try:
        nodes = _LOADER.load(text)
    except MarkedYAMLError as exc:
        return YamlResult(None, None, [_marked_error(exc, rel, first_line)])
    except YAMLError as exc:
        return YamlResult(None, None, [error(rel, first_line, 1, f"Kan ikke lese YAML: {exc}", code="yaml.syntax")])
    try:
        data = to_plain(nodes)
    except _AliasError:
        return YamlResult(None, None, [error(
            rel, first_line, 1, "YAML-ankere og -aliaser (& og *) er ikke tillatt her.",
            "Skriv verdiene ut der de brukes.", "yaml.alias")])
    return YamlResult(data, nodes, _smart_quote_warnings(nodes, rel, first_line))


def _lexical_findings(text: str, rel: str, first_line: int) -> list[Finding]:
    """Problems a YAML parser reports badly: tabs and non-breaking spaces in the syntax."""
    findings = []
    for match in _TAB_INDENT.finditer(text):
        line, col = _line_col(text, match.end() - 1)
        findings.append(error(rel, first_line + line, col, "Tabulator brukt som innrykk i YAML.",
                              "Bruk mellomrom (to per nivå) i stedet for tabulator.", "yaml.tab"))
    for match in _NBSP_SYNTAX.finditer(text):
        line, col = _line_col(text, match.end() - 1)
        findings.append(error(rel, first_line + line, col, "Hardt mellomrom (NBSP) der YAML trenger et vanlig mellomrom.",
                              "Slett mellomrommet og skriv det på nytt; det kommer ofte fra Word.", "yaml.nbsp"))
    return findings


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset)
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


_PROBLEMS = (
    ("found duplicate key", "Nøkkelen står to ganger.", "Slett den ene; bare én verdi kan gjelde.", "yaml.duplicate-key"),
    ("mapping values are not allowed", "Kolon på et sted der YAML ikke venter det.",
     "Sett verdien i anførselstegn hvis den inneholder «: », for eksempel tittel: \"Mål: færre fristbrudd\".",
     "yaml.colon"),
    ("could not find expected ':'", "Mangler kolon etter nøkkelen.", "Skriv nøkkel: verdi.", "yaml.missing-colon"),
    ("found character '\\t'", "Tabulator i YAML.", "Bruk mellomrom i stedet for tabulator.", "yaml.tab"),
    ("found unexpected end of stream", "Et anførselstegn er ikke avsluttet.", "Sjekk at hvert \" har en partner.",
     "yaml.unterminated"),
    ("found undefined alias", "YAML-alias (*) uten anker.", "Skriv verdien ut i stedet.", "yaml.alias"),
    ("expected <block end>", "Innrykket stemmer ikke med linjene over.",
     "Sjekk at nøkler på samme nivå har samme innrykk.", "yaml.indent"),
    ("did not find expected key", "Innrykket stemmer ikke med linjene over.",
     "Sjekk at nøkler på samme nivå har samme innrykk.", "yaml.indent"),
)


def _marked_error(exc: MarkedYAMLError, rel: str, first_line: int) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    line = first_line + (mark.line if mark else 0)
    column = (mark.column + 1) if mark else 1
    problem = f"{exc.context or ''} {exc.problem or ''}"
    for needle, message, hint, code in _PROBLEMS:
        if needle in problem:
            return error(rel, line, column, message, hint, code)
    return error(rel, line, column, f"Kan ikke lese YAML her ({(exc.problem or exc.context or '').strip()}).",
                 "Sammenlign med eksemplene i README, særlig innrykk, kolon og anførselstegn.", "yaml.syntax")


class _AliasError(Exception):
    pass


def to_plain(node: Any) -> Any:
    """Convert ruamel nodes to JSON-compatible data; a container seen twice is an alias."""
    seen: set[int] = set()
    count = [0]

    def convert(value: Any) -> Any:
        count[0] += 1
        if count[0] > MAX_NODES:
            raise _AliasError
        if isinstance(value, dict):
            if id(value) in seen:
                raise _AliasError
            seen.add(id(value))
            return {str(k): convert(v) for k, v in value.items()}
        if isinstance(value, list):
            if id(value) in seen:
                raise _AliasError
            seen.add(id(value))
            return [convert(v) for v in value]
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()
        if isinstance(value, str):
            return str(value)
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            return float(value)
        return str(value)

    return convert(node)


def _smart_quote_warnings(nodes: Any, rel: str, first_line: int) -> list[Finding]:
    findings = []
    if not isinstance(nodes, CommentedMap):
        return findings
    for key, value in nodes.items():
        if isinstance(value, str) and value[:1] in _SMART_QUOTES and value[-1:] in _SMART_QUOTES:
            line, col = nodes.lc.value(key)
            findings.append(warning(rel, first_line + line, col + 1,
                                    f"Verdien til «{key}» står i typografiske anførselstegn, som blir en del av teksten.",
                                    "Bruk vanlige anførselstegn (\") eller ingen.", "yaml.smart-quotes"))
    return findings


def position(nodes: Any, path: tuple[Any, ...], first_line: int, at_key: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the node at `path`; the nearest existing ancestor if it is missing."""
    line, col = 0, 0
    node = nodes
    if isinstance(node, CommentedMap | CommentedSeq):
        line, col = node.lc.line, node.lc.col
    for index, step in enumerate(path):
        last = index == len(path) - 1
        if isinstance(node, CommentedMap) and step in node:
            line, col = node.lc.key(step) if (last and at_key) else node.lc.value(step)
            node = node[step]
        elif isinstance(node, CommentedSeq) and isinstance(step, int) and step < len(node):
            line, col = node.lc.item(step)
            node = node[step]
        else:
            break
    return first_line + line, col + 1


def key_position(nodes: Any, path: tuple[Any, ...], first_line: int) -> tuple[int, int]:
    return position(nodes, path, first_line, at_key=True)
