"""Load YAML with positions, refuse what is dangerous, and explain errors in Norwegian.

ruamel.yaml's C parser (ruamel.yaml.clib) composes the node tree with the line and
column of every key and value, which is what lets a finding point at
`kapitler/03.md:7:10`. We construct the data ourselves from those nodes: it is
several times faster than ruamel's round-trip loader (`rapport sjekk` reads a
thousand files in well under a second), it reports every duplicate key rather than
the first, and an alias is refused before it can expand (no billion laughs).
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

from _ruamel_yaml import CParser  # the C parser (ruamel.yaml.clib), as ruamel.yaml.cyaml imports it
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver, implicit_resolvers
from ruamel.yaml.tag import Tag

from rapportlinja.base import limits
from rapportlinja.base.findings import Finding, error, warning

MAX_NODES = 20_000  # far beyond any real file


class Positions(NamedTuple):
    """0-based (line, column) of every value and key, by path from the root."""

    values: dict[tuple[Any, ...], tuple[int, int]]
    keys: dict[tuple[Any, ...], tuple[int, int]]


class YamlResult(NamedTuple):
    data: Any  # JSON-compatible: dict, list, str, int, float, bool, None
    nodes: Positions | None
    findings: list[Finding]


_YAML = YAML(typ="safe", pure=False)  # its constructor turns scalar nodes into ints, floats, booleans


def _implicit_table() -> dict[str | None, list[tuple[str, Any]]]:
    """YAML 1.2's implicit tags by a plain scalar's first character, as ruamel's resolver lays them out."""
    table: dict[str | None, list[tuple[str, Any]]] = {}
    for versions, tag, regexp, first in implicit_resolvers:
        if (1, 2) in versions:
            chars: list[str | None] = list(first) if first else [None]
            for char in chars:
                table.setdefault(char, []).append((tag, regexp))
    return table


_IMPLICIT = _implicit_table()


@functools.lru_cache(maxsize=4096)
def _implicit_tag(value: str) -> str | None:
    """The tag a plain scalar resolves to (bool, int, float, null, timestamp …); None for a string."""
    resolvers = _IMPLICIT.get(value[0] if value else "", []) + _IMPLICIT.get(None, [])
    return next((tag for tag, regexp in resolvers if regexp.match(value)), None)


class _NodeLoader(CParser, VersionedResolver):  # type: ignore[misc]
    """ruamel's C parser with its YAML 1.2 resolver, as `YAML(typ="safe").compose` builds it.

    Declared once here: `compose` defines a new loader class for every call, and its resolver
    looks the YAML version up through two failed attribute lookups for every scalar, which
    was a third of `rapport sjekk` on a thousand files.
    """

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        self._parser = self._composer = self
        VersionedResolver.__init__(self, version=None, loadumper=self)

    @property
    def processing_version(self) -> tuple[int, int]:
        return (1, 2)  # the C parser never reports a %YAML directive, so compose always used 1.2

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        # ruamel's resolver lays out its table of patterns afresh for every file and looks the
        # version up for every scalar (a tenth of `rapport sjekk` on a thousand files): the same
        # table, built once, and the same first match, remembered per value.
        if kind is ScalarNode and implicit[0] and not self.yaml_path_resolvers:
            tag = _implicit_tag(value)
            return self.DEFAULT_SCALAR_TAG if tag is None else Tag(suffix=tag)
        return super().resolve(kind, value, implicit)


def _compose(text: str) -> Node | None:
    loader = _NodeLoader(text)
    try:
        node: Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


_TAB_INDENT = re.compile(r"^[ ]*\t", re.MULTILINE)
_NBSP_SYNTAX = re.compile(r"^[ \u00a0]*\u00a0|:\u00a0", re.MULTILINE)
_SMART_QUOTES = "“”„«»‘’‚"
_STRING_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp")


def load(text: str, rel: str, first_line: int = 1) -> YamlResult:
    """Parse `text` (which starts at `first_line` of file `rel`) into data and positions."""
    beyond = limits.yaml_problem(text)  # before the parser: deep nesting crashes the C parser
    if beyond is not None:
        line, message = beyond
        hint = "Skriv lister og verdier flatt; så dyp struktur er aldri nødvendig her."
        return YamlResult(None, None, [error(rel, first_line + line - 1, 1, message, hint, "limits.yaml")])
    findings = _lexical_findings(text, rel, first_line)
    if findings:
        return YamlResult(None, None, findings)
    try:
        root = _compose(text)
    except MarkedYAMLError as exc:
        return YamlResult(None, None, [_marked_error(exc, rel, first_line)])
    except YAMLError as exc:
        return YamlResult(None, None, [error(rel, first_line, 1, f"Kan ikke lese YAML: {exc}", code="yaml.syntax")])
    if root is None:
        return YamlResult(None, Positions({}, {}), [])
    builder = _Builder(rel, first_line)
    try:
        data = builder.build(root, ())
    except MarkedYAMLError as exc:  # a tag we do not construct, such as !!python/object
        return YamlResult(None, None, [_marked_error(exc, rel, first_line)])
    except _AliasError as alias:
        line, column = alias.args[0]
        return YamlResult(
            None,
            None,
            [
                error(
                    rel,
                    first_line + line,
                    column + 1,
                    "YAML-ankere og -aliaser (& og *) er ikke tillatt her.",
                    "Skriv verdiene ut der de brukes.",
                    "yaml.alias",
                )
            ],
        )
    return YamlResult(data, builder.positions, builder.findings)


class _AliasError(Exception):
    pass


class _Builder:
    """Nodes to plain data, recording positions, duplicate keys and smart quotes on the way."""

    def __init__(self, rel: str, first_line: int) -> None:
        self.rel = rel
        self.first_line = first_line
        self.positions = Positions({}, {})
        self.findings: list[Finding] = []
        self.seen: set[int] = set()

    def build(self, node: Node, path: tuple[Any, ...]) -> Any:
        if id(node) in self.seen or len(self.seen) > MAX_NODES:
            raise _AliasError((node.start_mark.line, node.start_mark.column))
        self.seen.add(id(node))
        self.positions.values[path] = (node.start_mark.line, node.start_mark.column)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return self._scalar(node, path)

    def _mapping(self, node: MappingNode, path: tuple[Any, ...]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            raw_key = self._scalar(key_node, path) if isinstance(key_node, ScalarNode) else None
            line, column = key_node.start_mark.line, key_node.start_mark.column
            if raw_key is None or raw_key == "":
                self.findings.append(
                    error(
                        self.rel,
                        self.first_line + line,
                        column + 1,
                        "En nøkkel mangler navn.",
                        "Skriv nøkkel: verdi.",
                        "yaml.empty-key",
                    )
                )
                continue
            key = str(raw_key)
            if key in result:
                self.findings.append(
                    error(
                        self.rel,
                        self.first_line + line,
                        column + 1,
                        f"Nøkkelen «{key}» står to ganger.",
                        "Slett den ene; bare én verdi kan gjelde.",
                        "yaml.duplicate-key",
                    )
                )
                continue
            self.positions.keys[(*path, key)] = (line, column)
            result[key] = self.build(value_node, (*path, key))
        return result

    def _scalar(self, node: ScalarNode, path: tuple[Any, ...]) -> Any:
        if node.tag in _STRING_TAGS or node.style in ("'", '"', "|", ">"):
            value = str(node.value)
            if path and value[:1] in _SMART_QUOTES and value[-1:] in _SMART_QUOTES:
                self.findings.append(
                    warning(
                        self.rel,
                        self.first_line + node.start_mark.line,
                        node.start_mark.column + 1,
                        f"Verdien til «{path[-1]}» står i typografiske anførselstegn, som blir en del av teksten.",
                        'Bruk vanlige anførselstegn (") eller ingen.',
                        "yaml.smart-quotes",
                    )
                )
            return value
        return _YAML.constructor.construct_object(node, deep=True)


def _lexical_findings(text: str, rel: str, first_line: int) -> list[Finding]:
    """Problems a YAML parser reports badly: tabs and non-breaking spaces in the syntax."""
    findings = []
    for match in _TAB_INDENT.finditer(text):
        line, col = _line_col(text, match.end() - 1)
        findings.append(
            error(
                rel,
                first_line + line,
                col,
                "Tabulator brukt som innrykk i YAML.",
                "Bruk mellomrom (to per nivå) i stedet for tabulator.",
                "yaml.tab",
            )
        )
    for match in _NBSP_SYNTAX.finditer(text):
        line, col = _line_col(text, match.end() - 1)
        findings.append(
            error(
                rel,
                first_line + line,
                col,
                "Hardt mellomrom (NBSP) der YAML trenger et vanlig mellomrom.",
                "Slett mellomrommet og skriv det på nytt; det kommer ofte fra Word.",
                "yaml.nbsp",
            )
        )
    return findings


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset)
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


_PROBLEMS = (
    (
        "found duplicate key",
        "Nøkkelen står to ganger.",
        "Slett den ene; bare én verdi kan gjelde.",
        "yaml.duplicate-key",
    ),
    (
        "mapping values are not allowed",
        "Kolon på et sted der YAML ikke venter det.",
        'Sett verdien i anførselstegn hvis den inneholder «: », for eksempel tittel: "Mål: færre fristbrudd".',
        "yaml.colon",
    ),
    ("could not find expected ':'", "Mangler kolon etter nøkkelen.", "Skriv nøkkel: verdi.", "yaml.missing-colon"),
    ("found character '\\t'", "Tabulator i YAML.", "Bruk mellomrom i stedet for tabulator.", "yaml.tab"),
    (
        "found unexpected end of stream",
        "Et anførselstegn er ikke avsluttet.",
        'Sjekk at hvert " har en partner.',
        "yaml.unterminated",
    ),
    ("found undefined alias", "YAML-alias (*) uten anker.", "Skriv verdien ut i stedet.", "yaml.alias"),
    ("could not determine a constructor", "Ukjent YAML-tagg (!!…).", "Fjern taggen; skriv bare verdien.", "yaml.tag"),
    (
        "expected <block end>|did not find expected key",  # two ways the parser sees a bad indent
        "Innrykket stemmer ikke med linjene over.",
        "Sjekk at nøkler på samme nivå har samme innrykk.",
        "yaml.indent",
    ),
)


def _marked_error(exc: MarkedYAMLError, rel: str, first_line: int) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    line = first_line + (mark.line if mark else 0)
    column = (mark.column + 1) if mark else 1
    problem = f"{exc.context or ''} {exc.problem or ''}"
    for needles, message, hint, code in _PROBLEMS:
        if any(needle in problem for needle in needles.split("|")):
            return error(rel, line, column, message, hint, code)
    return error(
        rel,
        line,
        column,
        f"Kan ikke lese YAML her ({(exc.problem or exc.context or '').strip()}).",
        "Sammenlign med eksemplene i README, særlig innrykk, kolon og anførselstegn.",
        "yaml.syntax",
    )


def position(nodes: Positions | None, path: tuple[Any, ...], first_line: int, at_key: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the node at `path`; the nearest existing ancestor if it is missing."""
    if nodes is None:
        return first_line, 1
    if at_key and path in nodes.keys:
        line, column = nodes.keys[path]
        return first_line + line, column + 1
    for length in range(len(path), -1, -1):
        if path[:length] in nodes.values:
            line, column = nodes.values[path[:length]]
            return first_line + line, column + 1
    return first_line, 1


def key_position(nodes: Positions | None, path: tuple[Any, ...], first_line: int) -> tuple[int, int]:
    return position(nodes, path, first_line, at_key=True)
