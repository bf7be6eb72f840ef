"""The classification vocabulary (klassifisering.yaml): levels, legal bases and their marking text in nb and nn.

One place for the law: the schemas' enums, the agenda's marking and the minutes scaffold all read it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, NamedTuple

from ruamel.yaml import YAML

PUBLIC, INTERNAL, WITHHELD = "offentlig", "intern", "unntatt offentlighet"
CASE, PERSONNEL = "sak", "personal"  # what kind of confidential content a basis covers


class Basis(NamedTuple):
    """A legal basis for withholding, with the marking text per målform."""

    citation: str  # «offl. § 13, jf. bvl. § 13-1», as written in frontmatter
    covers: frozenset[str]  # CASE and/or PERSONNEL; empty for offl. § 14
    text: dict[str, str]  # målform → marking


class Vocabulary(NamedTuple):
    levels: dict[str, dict[str, str]]  # level → målform → marking (offentlig, intern)
    internal_basis: str  # the basis «intern» is shown with (offl. § 14)
    bases: tuple[Basis, ...]
    personnel_words: tuple[str, ...]
    case_words: tuple[str, ...]

    def basis(self, citation: str | None) -> Basis | None:
        return next((b for b in self.bases if b.citation == citation), None)

    @property
    def citations(self) -> tuple[str, ...]:
        return tuple(b.citation for b in self.bases)

    def covering(self, kinds: frozenset[str]) -> Basis:
        """The basis that covers exactly these kinds of content (the combined one for both)."""
        return next(b for b in self.bases if b.covers == kinds)


@functools.cache
def vocabulary() -> Vocabulary:
    text = resources.files("rapportlinja").joinpath("meetings", "klassifisering.yaml").read_text("utf-8")
    data: dict[str, Any] = YAML(typ="safe").load(text)
    levels = data["nivåer"]
    return Vocabulary(
        levels={name: {k: v for k, v in level.items() if k in ("nb", "nn")} for name, level in levels.items()},
        internal_basis=levels[INTERNAL]["hjemmel"],
        bases=tuple(
            Basis(b["hjemmel"], frozenset(b["innhold"]), {"nb": b["nb"], "nn": b["nn"]}) for b in data["hjemler"]
        ),
        personnel_words=tuple(word.casefold() for word in data["personaltema"]),
        case_words=tuple(word.casefold() for word in data["sakstema"]),
    )


class Classification(NamedTuple):
    level: str  # PUBLIC, INTERNAL or WITHHELD
    basis: str | None  # the citation when withheld

    @property
    def withheld(self) -> bool:
        return self.level == WITHHELD

    def covers(self) -> frozenset[str]:
        found = vocabulary().basis(self.basis) if self.withheld else None
        return found.covers if found else frozenset()


INTERNAL_ONLY = Classification(INTERNAL, None)


def marking(classification: Classification, language: str) -> str:
    """The exact marking text for the page header, footer and PDF metadata."""
    words = vocabulary()
    if classification.withheld:
        basis = words.basis(classification.basis)
        # The schema allows only listed bases; an unlisted one (old data) is still shown, never hidden.
        return basis.text[language] if basis else words.levels[WITHHELD][language].format(hjemmel=classification.basis)
    return words.levels[classification.level][language]


_SECTION = re.compile(r"offl\. § (\d+)")
_CONFIDENTIAL = "offl. § 13"  # a duty of confidentiality: no discretion, so no merinnsyn


def noark_pair(classification: Classification, codes: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """Noark's screening pair (tilgangskode, skjermingshjemmel) for a marking; None when public.

    An organ-internal document is filed with offl. § 14 as its basis. The code defaults to the section
    number of the offentleglova basis («13», «14»), which many archives use; the municipality's own codes
    come from «arkiv.tilgangskoder» in report/rapport.yaml.
    """
    if classification.level == PUBLIC:
        return None
    basis = (classification.basis if classification.withheld else None) or vocabulary().internal_basis
    found = _SECTION.search(basis)
    default = found.group(1) if found else basis
    return (codes or {}).get(basis, default), basis


def merinnsyn_weighed(classification: Classification) -> bool:
    """offl. § 11: merinnsyn is weighed at each request wherever withholding is a may-rule (§ 14, § 18, § 23);
    information under a duty of confidentiality (offl. § 13) cannot be given, so there is nothing to weigh."""
    pair = noark_pair(classification)
    return pair is not None and not pair[1].startswith(_CONFIDENTIAL)


def sent_out(classification: Classification, date: dt.date | None) -> Classification:
    """A document sent outside the organ is no longer organ-internal: offl. § 14 no longer applies, and a
    document withheld only under § 14 is public from then (offl. § 3). Other bases still apply."""
    if date is None:
        return classification
    pair = noark_pair(classification)
    return (
        Classification(PUBLIC, None) if pair is not None and pair[1] == vocabulary().internal_basis else classification
    )


def _mentions(topic: str | None, words: tuple[str, ...]) -> bool:
    return topic is not None and any(word in topic.casefold() for word in words)


def carried(topic: str | None, cases: tuple[str, ...], source: Classification | None) -> Classification:
    """What one agenda item carries, from its topic, its case codes and the minutes its text comes from.

    `source` is None when the item carries no text from minutes (a follow-up mark, a key figure).
    """
    words = vocabulary()
    kinds: set[str] = set()
    if _mentions(topic, words.personnel_words):
        kinds.add(PERSONNEL)
    if source is not None and CASE in source.covers() and (cases or _mentions(topic, words.case_words)):
        kinds.add(CASE)
    return Classification(WITHHELD, words.covering(frozenset(kinds)).citation) if kinds else INTERNAL_ONLY


def combined(classifications: Iterable[Classification]) -> Classification:
    """A document that carries several items: withheld on the basis that covers all they carry.

    Not «the strictest of the sources»: only what the document itself carries counts, so an
    agenda with no case or personnel content stays organ-internal (offl. § 14).
    """
    items = list(classifications)
    kinds = frozenset().union(*(c.covers() for c in items))
    if kinds:
        return Classification(WITHHELD, vocabulary().covering(kinds).citation)
    if any(c.withheld for c in items):
        return Classification(WITHHELD, vocabulary().covering(frozenset()).citation)
    return INTERNAL_ONLY
