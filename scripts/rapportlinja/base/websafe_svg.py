"""Whether an SVG may be published on the web: nothing that runs, nothing fetched, nothing hidden inside.

An SVG opened from the web edition is a document of its own: a `<script>`, an `onload`, a
`<foreignObject>` with HTML, an `@import` of remote CSS or an `href` to another host run or fetch
for every visitor, and a `data:` image nested inside can carry text no scan reads (Typst draws
it blank in the PDF). So an SVG is read with defusedxml (no entities, no external DTD) and judged
on its elements and attributes; `rapport sjekk` reports each problem, and the web edition
refuses a file with any. Links inside the file (`href="#id"`, `url(#clip)`) are fine.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from rapportlinja.base import websafe

# Elements that run script, embed another document or change an attribute over time (SMIL can set an href).
_REFUSED_ELEMENTS = frozenset(
    {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "set", "animate"}
    | {"animatemotion", "animatetransform", "discard"}
)
_REFERENCE_ATTRIBUTES = frozenset({"href", "src"})
# CSS that fetches: @import, and url(…) to anything but an element of the file itself (url(#clip)).
_CSS_FETCH = re.compile(r"""@import|url\(\s*['"]?\s*(?!#)""", re.IGNORECASE)


class SvgProblem(NamedTuple):
    message: str  # Norwegian, for a finding or a refusal


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def problems(data: bytes) -> list[SvgProblem]:
    """What in the SVG would run, fetch or hide, in Norwegian; empty when it may be published."""
    try:
        root = ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        return [SvgProblem("SVG-filen definerer egne XML-entiteter eller henter en ekstern DTD.")]
    except ElementTree.ParseError as exc:
        return [SvgProblem(f"SVG-filen er ikke gyldig XML ({exc}).")]
    found: dict[str, SvgProblem] = {}
    for element in root.iter():
        for problem in _element_problems(element):
            found.setdefault(problem.message, problem)
    return list(found.values())


def _element_problems(element: Element) -> list[SvgProblem]:
    name = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
    tag = name.lower()
    found = []
    if tag in _REFUSED_ELEMENTS:
        found.append(SvgProblem(f"SVG-filen har elementet <{name}>, som kan kjøre kode eller hente innhold."))
    if tag == "style" and _CSS_FETCH.search(element.text or ""):
        found.append(SvgProblem("Stilen i SVG-filen henter noe utenfra (@import eller url(…))."))
    for name, value in element.attrib.items():
        local = _local(name)
        if websafe.is_event_attribute(local):
            found.append(SvgProblem(f"SVG-filen har hendelsesattributtet «{local}», som kjører kode."))
        elif local in _REFERENCE_ATTRIBUTES and not value.strip().startswith("#"):
            kind = "data:" if websafe.scheme(value) == "data" else "en annen fil eller adresse"
            found.append(SvgProblem(f"SVG-filen viser til {kind} ({local}), som kan hente inn eller skjule innhold."))
        elif _CSS_FETCH.search(value):  # style="…", and fill, filter, mask, clip-path="url(…)"
            found.append(SvgProblem("Stilen i SVG-filen henter noe utenfra (@import eller url(…))."))
    return found


# Attributes that hold geometry, numbers and styling, not words: coordinates read as phone numbers.
_GEOMETRY = frozenset(
    {"d", "points", "transform", "viewbox", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "dx"}
    | {"dy", "width", "height", "style", "stroke-width", "stroke-dasharray", "stroke-miterlimit", "font-size"}
    | {"offset", "opacity", "fill-opacity", "stroke-opacity", "gradienttransform", "patterntransform", "id"}
    | {"preserveaspectratio", "version", "clip-path", "class", "letter-spacing", "stop-opacity", "rotate"}
)


def text(data: bytes) -> str:
    """The SVG's words for the personal-data scan: its text, titles and labels, not its coordinates."""
    try:
        root = ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, ElementTree.ParseError):
        return data.decode("utf-8", errors="replace")  # not refused here: `problems` refuses it; scan it all
    parts: list[str] = []
    for element in root.iter():
        tag = _local(element.tag) if isinstance(element.tag, str) else ""
        if tag != "style":
            parts += [element.text or "", element.tail or ""]
        parts += [value for name, value in element.attrib.items() if _local(name) not in _GEOMETRY]
    return "\n".join(part for part in parts if part.strip())
