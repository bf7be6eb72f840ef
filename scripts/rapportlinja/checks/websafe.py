"""What a chapter asks of the web edition that it will not do: run script, fetch from elsewhere, link inward.

The sanitiser (render/websafe.py) removes event attributes, styles, `srcset`, `ping` and links that
are not `https:`, `mailto:` or relative; here the writer and the reviewer see each one in the
chapter, with its line, before it silently disappears from the page. A link in a public chapter
to the repository's own files on GitHub points every reader at a page they cannot open and names
internal paths: it is a finding too, with the hint to link to the chapter by its file name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rapportlinja.base import websafe
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.personal.masking import UserText
from rapportlinja.report.markdown import Scan

# pandoc's attributes: {#id .class key=value key="value"} after a heading, span, image, link or ::: div.
_ATTRIBUTES = re.compile(r"\{([^{}\n]*=[^{}\n]*)\}")
_KEY = re.compile(r"""(?:^|\s)([^\s=#.{}"']+)\s*=""")
_AUTOLINK = re.compile(r"<([a-z][a-z0-9+.\-]*:[^\s<>]*)>", re.IGNORECASE)
# A reference definition «[navn]: adresse»; a footnote «[^1]: tekst» is not one.
_REFERENCE = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*<?([^\s>]+)")
# The repository's files, its folders, raw files and edits on GitHub: …/ORG/REPO/blob|tree|raw|edit/…
_HOSTED = re.compile(
    r"^(?:https?:)?//(?:www\.)?(?:github\.com/([\w.-]+)/([\w.-]+?)(?:\.git)?/(?:blob|tree|raw|edit|blame|commits?)(?:/|$)"
    r"|raw\.githubusercontent\.com/([\w.-]+)/([\w.-]+)/)",
    re.IGNORECASE,
)
_REMOTE = re.compile(r"github\.com[:/]([\w.-]+)/([\w.-]+?)(?:\.git)?/?$", re.IGNORECASE)


def own_repositories(remote_urls: Iterable[str]) -> frozenset[str]:
    """«org/repo» in lower case for each GitHub remote of this repository."""
    found = (_REMOTE.search(url.strip()) for url in remote_urls)
    return frozenset(f"{m.group(1)}/{m.group(2)}".lower() for m in found if m)


def check_web_safety(scan: Scan, rel: str) -> list[Finding]:
    """Attributes and link schemes the web edition removes, at their line."""
    findings = []
    for number, text in scan.lines:
        if "{" in text and "=" in text:
            findings += _attribute_findings(rel, number, text)
    for line, column, target in _targets(scan):
        refused = websafe.refused_link(target)
        if refused is not None:
            findings.append(_scheme_finding(rel, line, column, refused))
    return findings


def check_repository_links(scan: Scan, rel: str, own: frozenset[str], organisations: frozenset[str]) -> list[Finding]:
    """A link to this repository's files on GitHub (or any repository of the municipality's organisation)."""
    findings = []
    for line, column, target in _targets(scan):
        match = _HOSTED.match(target.strip())
        if match is None:
            continue
        org, repo = (match.group(1) or match.group(3)).lower(), (match.group(2) or match.group(4)).lower()
        if f"{org}/{repo}" in own or org in organisations:
            findings.append(
                error(
                    rel,
                    line,
                    column,
                    "Lenken peker på en fil i rapportens eget repositorium på GitHub. Leserne av den offentlige "
                    "rapporten kan ikke åpne den, og adressen viser interne filstier.",
                    "Lenk til kapittelet med filnavnet, for eksempel [Bemanning](04-bemanning-og-kompetanse.md), "
                    "eller til en offentlig side.",
                    "link.repository",
                )
            )
    return findings


def _targets(scan: Scan) -> Iterator[tuple[int, int, str]]:
    yield from ((link.line, link.column, link.target) for link in scan.links)
    yield from ((image.line, image.column, image.src) for image in scan.images)
    for number, line in scan.lines:
        if "<" in line:
            yield from ((number, m.start() + 1, m.group(1)) for m in _AUTOLINK.finditer(line))
        if "]:" in line:
            reference = _REFERENCE.match(line)
            if reference is not None:
                yield number, reference.start(1) + 1, reference.group(1)


def _attribute_findings(rel: str, number: int, line: str) -> list[Finding]:
    findings = []
    for block in _ATTRIBUTES.finditer(line):
        for key in _KEY.finditer(block.group(1)):
            name = key.group(1)
            if not websafe.refused_attribute(name):
                continue
            column = block.start(1) + key.start(1) + 1
            runs = websafe.is_event_attribute(name)
            findings.append(
                error(
                    rel,
                    number,
                    column,
                    f"Attributtet «{UserText(name)}» "
                    + (
                        "kjører kode hos alle som åpner nettutgaven."
                        if runs
                        else "kan hente innhold fra andre nettsteder eller endre utseendet på siden."
                    )
                    + " Nettutgaven fjerner det.",
                    'Slett attributtet. Et kapittel kan gi id, klasse og alt-tekst: {#id .klasse alt="…"}.',
                    "web.event-attribute" if runs else "web.attribute",
                )
            )
    return findings


def _scheme_finding(rel: str, line: int, column: int, scheme: str) -> Finding:
    if scheme == "http":
        return error(
            rel,
            line,
            column,
            "Lenken bruker http:, som nettutgaven ikke lenker til (bare https:, mailto: og filer i rapporten).",
            "Skriv adressen med https://; de fleste nettsteder har den.",
            "web.link-scheme",
        )
    return error(
        rel,
        line,
        column,
        f"Lenken starter med «{UserText(scheme)}{'' if scheme == '//' else ':'}», som kan kjøre kode eller hente "
        "innhold hos den som klikker. Nettutgaven fjerner den.",
        "Lenk til en nettside med https://, en e-postadresse med mailto: eller et kapittel med filnavnet.",
        "web.link-scheme",
    )
