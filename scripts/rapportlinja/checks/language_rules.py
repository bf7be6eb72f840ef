"""The plain-language rules as data: klarsprak.yaml (words) and the thresholds in report/rapport.yaml.

The words (abbreviations, clause openers, passive forms, heavy words, målform markers, domain words)
live in klarsprak.yaml beside this module, for a language adviser to edit; the thresholds live in
the edition's «klarspråk» section, with their defaults in schemas/rapport.schema.json, so the schema
is the one place that documents and defaults them.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any, NamedTuple

from ruamel.yaml import YAML

from rapportlinja.read.schemas import schema

SECTION = "klarspråk"


class Limits(NamedTuple):
    lix: int  # a chapter above this gets a hint with its summary
    lix_paragraph: int
    sentence_words: int
    paragraph_words: int
    paragraph_sentences: int
    long_word: int  # letters
    clauses: int  # clause openers in one sentence
    passives: int  # passive verb forms in one sentence
    longest: int  # how many of the longest sentences the chapter summary names
    spelling: bool


class Passive(NamedTuple):
    auxiliaries: frozenset[str]
    modals: frozenset[str]
    fillers: frozenset[str]
    s_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]
    exceptions: frozenset[str]


class Rules(NamedTuple):
    """The words of one målform."""

    language: str
    lix_levels: tuple[tuple[int, str], ...]
    abbreviations: frozenset[str]
    clause_openers: frozenset[str]
    passive: Passive
    splitters: frozenset[str]
    heavy: dict[str, str]  # word or phrase -> plainer words, comma between alternatives
    heavy_pattern: re.Pattern[str]  # all of them, longest first, whole words only
    markers: frozenset[str]  # words only this målform has
    other_markers: frozenset[str]  # words only the other målform has
    marker_minimum: int
    marker_factor: int
    domain_words: frozenset[str]


_KEYS = {
    "lix": "lix",
    "lix_paragraph": "lix_avsnitt",
    "sentence_words": "setning_ord",
    "paragraph_words": "avsnitt_ord",
    "paragraph_sentences": "avsnitt_setninger",
    "long_word": "langt_ord",
    "clauses": "leddsetninger",
    "passives": "passiv_per_setning",
    "longest": "lengste_setninger",
    "spelling": "stavekontroll",
}


def limits(edition: object) -> Limits:
    """The edition's thresholds, each falling back to the schema's default (also when the edition is broken)."""
    properties = schema("rapport")["properties"][SECTION]["properties"]
    given = edition.get(SECTION) if isinstance(edition, dict) else None
    given = given if isinstance(given, dict) else {}
    values: dict[str, Any] = {}
    for field, key in _KEYS.items():
        default = properties[key]["default"]
        value = given.get(key, default)
        values[field] = value if type(value) is type(default) else default
    return Limits(**values)


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("rapportlinja").joinpath("checks", "klarsprak.yaml").read_text("utf-8")
    data: dict[str, Any] = YAML(typ="safe").load(text)
    return data


def _words(items: list[Any]) -> frozenset[str]:
    return frozenset(str(item).casefold() for item in items)


@functools.cache
def rules(language: str) -> Rules:
    data = _data()
    other = "nn" if language == "nb" else "nb"
    passive = data["passiv"]
    heavy = {str(k).casefold(): str(v) for k, v in data["tunge_ord"][language].items()}
    phrases = sorted(heavy, key=lambda p: (-len(p), p))
    return Rules(
        language=language,
        lix_levels=tuple((int(level["fra"]), str(level[language])) for level in data["lix_nivåer"]),
        abbreviations=_words(data["forkortelser"]),
        clause_openers=_words(data["leddsetning"][language]),
        passive=Passive(
            auxiliaries=_words(passive["hjelpeverb"]),
            modals=_words(passive["modalverb"]),
            fillers=_words(passive["mellomord"]),
            s_endings=tuple(passive["s_endelser"]),
            participle_endings=tuple(passive["partisipp_endelser"]),
            exceptions=_words(passive["unntak"]),
        ),
        splitters=_words(data["delingsord"][language]),
        heavy=heavy,
        heavy_pattern=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)"),
        markers=_words(data["målform"][language]),
        other_markers=_words(data["målform"][other]),
        marker_minimum=int(data["målform_grense"]["minst"]),
        marker_factor=int(data["målform_grense"]["ganger"]),
        domain_words=_words(data["fagord"]) | _words(data["mangler_i_ordboka"]),
    )


def lix_level(rules_: Rules, lix: float) -> str:
    name = rules_.lix_levels[0][1]
    for start, level in rules_.lix_levels:
        if lix >= start:
            name = level
    return name
