"""Every schema keyword we use has a Norwegian message, and no message shows «None»."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapportlinja.read import schema_messages, schemas
from rapportlinja.read.validate import validate

HANDLED = {
    "required",
    "additionalProperties",
    "type",
    "enum",
    "const",
    "format",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "minItems",
    "uniqueItems",
    "dependentRequired",
    "not",
    "maxItems",
}
STRUCTURAL = {
    "$schema",
    "$id",
    "title",
    "description",
    "properties",
    "items",
    "examples",
    "if",
    "then",
    "allOf",  # jsonschema reports each failing subschema's own keyword, which has its message
    "x-hint",
    "$defs",
    "$ref",
    "default",
    "propertyNames",
}


def keywords(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            if key in ("properties", "$defs"):
                for sub in value.values():
                    keywords(sub, found)
            elif key not in ("examples", "enum", "const", "required", "dependentRequired", "default"):
                keywords(value, found)
    elif isinstance(node, list):
        for item in node:
            keywords(item, found)
    return found


@pytest.mark.parametrize("path", sorted(Path(schemas.__file__).resolve().parents[1].joinpath("schemas").glob("*.json")))
def test_every_keyword_in_our_schemas_has_a_message(path):
    used = keywords(json.loads(path.read_text("utf-8")), set()) - STRUCTURAL
    assert used <= HANDLED, used - HANDLED


BAD_CHAPTERS = [
    {
        "tittel": "",
        "ansvarlig": "Kari",
        "status": "ferdig",
        "klassifisering": 3,
        "sist_revidert": "1.1.2026",
        "medvirkning": ["a", "a"],
        "ukjent": 1,
    },
    {"tittel": "x" * 300, "klassifisering": "unntatt offentlighet"},
    {"tittel": None, "ansvarlig": True, "status": [], "klassifisering": {}, "sist_revidert": 20260101},
]


@pytest.mark.parametrize("data", BAD_CHAPTERS)
def test_messages_are_norwegian_and_never_show_none(data):
    findings = validate("kapittel", data, None, "a.md", 2)
    assert findings
    for finding in findings:
        assert "None" not in finding.message and "None" not in (finding.hint or "")
        assert "is not" not in finding.message and "required property" not in finding.message


def test_type_message_names_the_expected_type():
    (finding,) = validate(
        "kapittel",
        {
            "tittel": "A",
            "ansvarlig": "a",
            "status": "utkast",
            "klassifisering": "offentlig",
            "sist_revidert": "2026-01-01",
            "medvirkning": "helse",
        },
        None,
        "a.md",
        2,
    )
    assert finding.message == "«medvirkning» skal være en liste (linjer som starter med «- »), men er «helse»."


def test_describe_values():
    assert schema_messages.describe(None) == "tom verdi"
    assert schema_messages.describe(True) == "true"
    assert schema_messages.describe("x") == "«x»"
