"""Validate an arkivmelding.xml against KS' Fiks Arkiv V1 XSD, vendored in tests/fixtures/fiks-arkiv (MIT).

lxml validates offline: the message schema imports the metadata catalogue by a relative path. The parser
resolves no entities and reads no network, so a hostile message could not reach out either.
"""

from __future__ import annotations

import functools
from pathlib import Path

from lxml import etree

FOLDER = Path(__file__).parent / "fixtures" / "fiks-arkiv"
SCHEMA = FOLDER / "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd"
NS = {
    "a": "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1",
    "m": "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1",
}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@functools.cache
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA), _PARSER))


def errors(data: bytes) -> list[str]:
    """The schema's complaints about one message; empty when it is valid."""
    document = etree.fromstring(data, _PARSER)
    checker = schema()
    return [] if checker.validate(document) else [str(e) for e in checker.error_log]


def parsed(data: bytes) -> etree._Element:
    """The message, after asserting that it validates."""
    assert errors(data) == []
    return etree.fromstring(data, _PARSER)


def text(root: etree._Element, path: str) -> str:
    found = root.xpath(path, namespaces=NS)
    assert found, path
    return str(found[0].text if hasattr(found[0], "text") else found[0])
