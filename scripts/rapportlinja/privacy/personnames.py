"""Personal names in public text, judged by context: the most identifying thing in a child welfare report.

Three findings, from strongest to weakest:
- a full name (a given name followed by a family name, «Kari Hansen», «Anne K. Olsen», «Hansen, Kari»);
- a given or family name with a child or family context close by in the same sentence: an age («(12)»,
  «12 år», «12-åringen», «født 2014»), or a family word («gutten», «jenta», «barnet», «broren», «mor»,
  «familien Hansen», «Hansen-familien»);
- a lone given name (a warning: «Kari» alone may be a colleague, a child or a street).

Look-alikes are left alone: places and municipalities (Os, Vik, Moss, Bø …), streets, schools and
institutions named after persons («Kong Oscars gate», «Fridtjof Nansens plass», «Amalie Skram
videregående skole», «Nansen-skolen»), names that are also words at the start of a sentence («Per
måned», «Liv og helse»), the placeholder «Kari Nordmann», the municipality's own name, and names on
the reviewed allow-list (a public person quoted by name).

Linear in the text: one pass of one compiled pattern that stops only at capitalised words, set
look-ups, and a search for context words only in the short window around a name. The name lists
are in `names_data`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from rapportlinja.base.personal.scanner import line_columns
from rapportlinja.privacy.names import starts_sentence
from rapportlinja.privacy.names_data import FAMILY_NAMES, FAMILY_WORDS, GIVEN_NAMES, PLACES, WORD_NAMES

FULL = "fullt navn"
CONTEXT = "navn med sammenheng"
GIVEN = "fornavn"

# Only capitalised words are candidates, so the pattern skips the lower-case majority in C, not Python.
_UPPER = "".join(chr(code) for code in range(0x41, 0x250) if chr(code).isupper())
_CAPITALISED_WORD = re.compile(rf"(?<![^\W\d_])[{_UPPER}][^\W\d_]*")
_NEXT = re.compile(r"([\W\d_]*)([^\W\d_]*)")
_LAST_WORD = re.compile(r"([^\W\d_]+)[\W\d_]*\Z")
# Between two parts of one name: spaces and at most one line break (a soft-wrapped paragraph).
_GAP = re.compile(r"[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*")
_SENTENCE_END = re.compile(r"[.!?:;](?=\s|$)|\n[ \t]*\r?\n|\|")
_AGE = (
    r"\(\s*\d{1,2}\s*(?:år)?\s*\)"
    r"|\b\d{1,2}\s*(?:år|års|årige?|månader|måneder|mnd)\b"
    r"|\b\d{1,2}-åring\w*"
    r"|\b(?:født|fødd|f\.)\s*(?:i\s*)?(?:19|20)\d\d\b"
    r"|\b(?:ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten)"
    r"\s+år\s+gam(?:mel|mal|le)\b"
)
_FAMILY_TEXT = (
    "gutten guten gutt jenta jenten jente barnet barn barna borna ungen ungene babyen spedbarnet småbarnet "
    "tenåringen ungdommen eleven fosterbarnet fosterbarn "
    "broren bror brødrene brørne søsteren søstera søster syster systera søstrene søsken søsknene sysken "
    "mor moren mora mamma moder mødre far faren pappa fedre foreldre foreldrene foreldra "
    "sønn sønnen son sonen sønnene datter datteren dattera dotter dottera døtrene "
    "familien familie familiene familia bestemor bestefar besteforeldre besteforeldrene besteforeldra "
    "bestemoren bestemora bestefaren besteforelder mormor morfar farmor farfar oldemoren oldefaren "
    "tanten stefaren stemoren stemora fostermoren fostermora fosterfaren fosterhjemmet adoptivforeldrene "
    "oldemor oldefar onkel onkelen tante tanta fetter fetteren kusine kusinen stefar stemor stebror "
    "stesøster halvbror halvsøster fostermor fosterfar fosterforeldre fosterforeldrene fosterforeldra "
    "ekteparet ektemann ektemannen kona samboer samboeren tvilling tvillingen tvillingene"
)
_FAMILY_WORDS = _FAMILY_TEXT.split()
_AGE_AFTER = re.compile(rf"[ \t,]*(?:{_AGE})")
_CONTEXT = re.compile(rf"(?i:{_AGE}|\b(?:{'|'.join(_FAMILY_WORDS)})\b)")
_FAMILY_BEFORE = frozenset({"familien", "familie", "familia", "ekteparet", "fru", "herr", "søsknene", "brødrene"})
_TIGHT_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?\(\s*\d{1,2}\s*(?:år)?\s*\)|,[ \t]*\d{1,2}\s*år\b")
_WINDOW = 60  # characters either side of a name within its sentence that a context word may stand

# Streets, schools and institutions named after persons; also as the tail of a compound («Nansen-skolen»).
_PLACE_TEXT = (
    "gate gata gaten gatene vei veien veg vegen plass plassen allé alle torg torget skole skolen skule "
    "skulen barnehage barnehagen videregående vgs ungdomsskole ungdomsskolen barneskole barneskolen "
    "senter senteret senteret sykehus sykehuset hospital hospitalet park parken bru brua broen brygge "
    "brygga kirke kirken kyrkje kyrkja museum museet institutt instituttet stiftelse stiftelsen hus "
    "huset hall hallen stadion pris prisen fond fondet bibliotek biblioteket minne legat akademi "
    "akademiet sykehjem sykehjemmet stasjon stasjonen hjem hjemmet klinikk klinikken universitet "
    "universitetet høgskole høgskolen høyskole tunnel tunnelen kvartal kvartalet bydel"
)
_PLACE_WORDS = frozenset(_PLACE_TEXT.split())
_TITLES = frozenset({"Kong", "Dronning", "Prins", "Prinsesse", "Kronprins", "Kronprinsesse", "Sankt", "St", "Hellige"})
_PLACEHOLDER_SURNAMES = frozenset({"Nordmann", "Nordkvinne", "Normann"})
_LOCATIVE = frozenset({"i", "på", "fra", "frå", "ved", "mot", "nær", "utenfor", "utanfor", "via", "rundt", "gjennom"})
# «Per måned», «Per 1. januar», «Liv og helse», «Dag 1»: a word-name before these is the word.
_FOLLOWER_TEXT = "måned månad år uke veke dag døgn time person barn innbygger innbyggar ansatt sak kvartal og"
_WORD_FOLLOWERS = frozenset(_FOLLOWER_TEXT.split())
_SURNAME_ENDINGS = (
    "sen", "son", "stad", "rud", "heim", "berg", "bakken", "haugen", "dal", "dalen", "land", "lien", "vik",
    "nes", "seth", "gård", "gaard", "strand", "holm", "moen", "sæter", "seter", "stuen", "vold", "voll",
    "fjeld", "fjell", "sveen", "rød", "bø", "by", "lie", "ov", "ova", "ev", "eva", "ski", "ska", "cki", "cka",
    "wicz", "vić", "vic", "ić", "yan", "oğlu", "oglu", "zadeh", "auskas", "ienė", "enko", "chuk",
)  # fmt: skip


class NameRules(NamedTuple):
    """What the surrounding document allows."""

    allowed: frozenset[str] = frozenset()  # reviewed full names («Jonas Gahr Støre»), as written
    own_words: frozenset[str] = frozenset()  # the municipality's own name, split into words


class NameFinding(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in characters
    kind: str  # FULL, CONTEXT or GIVEN
    masked: str  # «K… H…»: the message never repeats the name

    @property
    def is_error(self) -> bool:
        return self.kind != GIVEN


class _Word(NamedTuple):
    start: int
    end: int
    text: str


class _Hit(NamedTuple):
    start: int
    kind: str
    masked: str


def mask_name(parts: Sequence[str]) -> str:
    return " ".join(f"{part[:1]}…" for part in parts)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _base(part: str, names: frozenset[str]) -> str | None:
    if part in names:
        return part
    if part.endswith("s") and part[:-1] in names:
        return part[:-1]  # genitive: «Emmas mor»
    return None


def _is_given(parts: Sequence[str]) -> bool:
    return all(_base(part, GIVEN_NAMES) for part in parts)


def _surname_like(part: str) -> bool:
    stem = part[:-1] if part.endswith("s") and len(part) > 5 else part
    return (
        len(stem) >= 5
        and stem not in PLACES
        and stem not in GIVEN_NAMES
        and stem.lower() not in _FAMILY_WORDS
        and stem[1:].islower()
        and stem.lower().endswith(_SURNAME_ENDINGS)
    )


def _is_family(parts: Sequence[str]) -> bool:
    last = parts[-1]
    return _base(last, FAMILY_NAMES) is not None or _surname_like(last)


class _Text:
    """The capitalised words of a text, found once; the rest is read around them on demand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = [_Word(m.start(), m.end(), m.group()) for m in _CAPITALISED_WORD.finditer(text)]

    def joined(self, left: _Word, right: _Word) -> str | None:
        """How two neighbouring words join: «-» (one hyphenated name), « » (one name), or None."""
        gap = self.text[left.end : right.start]
        if gap == "-":
            return "-"
        if len(left.text) == 1 and gap.startswith("."):
            gap = gap[1:]  # an initial: «Anne K. Olsen»
        return " " if gap and _GAP.fullmatch(gap) else None

    def has_context(self, start: int, end: int) -> bool:
        """An age or family word within the window around [start, end), not across a sentence's end.

        Searched only around a name, so a text without names costs nothing here."""
        low, high = max(0, start - _WINDOW), min(len(self.text), end + _WINDOW)
        for stop in _SENTENCE_END.finditer(self.text, low, high):
            if stop.end() <= start:
                low = stop.end()
            elif stop.start() >= end:
                high = stop.start()
                break
        return _CONTEXT.search(self.text, low, high) is not None

    def previous_word(self, index: int) -> str:
        """The word (of any case) before capitalised word `index`, in lower case."""
        start = self.words[index].start
        found = _LAST_WORD.search(self.text, max(0, start - 60), start)
        return found.group(1).lower() if found else ""

    def following(self, index: int) -> tuple[str, str]:
        """(the gap after capitalised word `index`, the next word of any case), or empty strings."""
        found = _NEXT.match(self.text, self.words[index].end)
        assert found is not None  # both groups may be empty
        return found.group(1), found.group(2)


def has_child_context(text: str) -> bool:
    """An age or a family word anywhere in `text` (for short fields such as a Git author name)."""
    return _CONTEXT.search(text) is not None


NO_RULES = NameRules()


def find_names(text: str, rules: NameRules = NO_RULES) -> list[NameFinding]:
    """Probable personal names in `text`, in order of position."""
    doc = _Text(text)
    hits: list[_Hit] = []
    index = 0
    while index < len(doc.words):
        if not _capitalised(doc.words[index].text):
            index += 1
            continue
        last = index
        while last + 1 < len(doc.words) and _capitalised(doc.words[last + 1].text):
            if doc.joined(doc.words[last], doc.words[last + 1]) is None:
                break
            last += 1
        hits += _judge_group(doc, index, last, rules)
        index = last + 1
    places = line_columns(text, [hit.start for hit in hits])
    return [NameFinding(line, column, hit.kind, hit.masked) for (line, column), hit in zip(places, hits, strict=True)]


def _names_in(doc: _Text, first: int, last: int) -> list[tuple[int, list[str]]]:
    """The group's names as (index of first word, hyphenated parts): «Kari-Anne Hansen» → two names."""
    names: list[tuple[int, list[str]]] = [(first, [doc.words[first].text])]
    for index in range(first + 1, last + 1):
        word = doc.words[index].text
        if doc.joined(doc.words[index - 1], doc.words[index]) == "-":
            names[-1][1].append(word)
        elif len(word) > 1:  # an initial is no name of its own
            names.append((index, [word]))
    return names


def _judge_group(doc: _Text, first: int, last: int, rules: NameRules) -> list[_Hit]:
    words = [w.text for w in doc.words[first : last + 1]]
    if words[0] in _TITLES or any(word.lower() in _PLACE_WORDS for word in words):
        return []  # «Kong Oscars gate», «Stine Sofies Stiftelse»
    joined = f" {' '.join(words)} "
    if any(word in _PLACEHOLDER_SURNAMES for word in words) or any(f" {n} " in joined for n in rules.allowed):
        return []
    gap, after = doc.following(last)
    if after.lower() in _PLACE_WORDS and not gap.strip(" \t\u00a0"):
        return []  # «Fridtjof Nansens plass», «Amalie Skram videregående skole»
    compound = after.lower() if gap == "-" and after[:1].islower() else ""
    if compound in _PLACE_WORDS:
        return []  # «Nansen-skolen»
    names = _names_in(doc, first, last)
    if all(set(parts) <= rules.own_words for _, parts in names):
        return []  # «Frøya kommune»; «Frøya Hansen» is still a full name
    while names and not (_is_given(names[0][1]) or _base(names[0][1][-1], FAMILY_NAMES)):
        names.pop(0)  # «Familien Olsen», «Saksbehandler Kari Hansen» at the start of a sentence
    if not names:
        return []
    first = names[0][0]
    start = doc.words[first].start
    at_start = starts_sentence(doc.text, start)
    given = next((k for k, (_, parts) in enumerate(names) if _is_given(parts)), None)
    if given is not None:
        later = names[given + 1 :]
        if any(_is_family(parts) for _, parts in later):
            at = doc.words[names[given][0]].start
            return [_Hit(at, FULL, mask_name([p for _, parts in names[given:] for p in parts]))]
        return _lone_given(doc, names[given], at_start and given == 0, last, rules)
    return _lone_family(doc, names, first, last, at_start, compound, rules)


def _lone_given(doc: _Text, name: tuple[int, list[str]], at_start: bool, last: int, rules: NameRules) -> list[_Hit]:
    index, parts = name
    word = doc.words[index]
    if len(parts) == 1:
        part = parts[0]
        base = _base(part, GIVEN_NAMES) or part
        if base in PLACES or _is_allowed_part(part, rules):
            return []
        if base in WORD_NAMES and _reads_as_word(doc, index, at_start):
            return []
        reversed_full = _reversed_full_name(doc, index)
        if reversed_full is not None:
            return [_Hit(reversed_full, FULL, mask_name(parts))]
    end = doc.words[last].end
    kind = CONTEXT if doc.has_context(word.start, end) else GIVEN
    return [_Hit(word.start, kind, mask_name(parts))]


def _reads_as_word(doc: _Text, index: int, at_start: bool) -> bool:
    """«Per måned», «Dag 1», «Per 31. desember», a sentence's first word; not «Hans, 12 år»."""
    if at_start:
        return True
    gap, after = doc.following(index)
    if _AGE_AFTER.match(doc.text, doc.words[index].end):
        return False
    return (not gap.strip() and after.lower() in _WORD_FOLLOWERS) or gap.strip()[:1].isdigit()


def _reversed_full_name(doc: _Text, index: int) -> int | None:
    """«Hansen, Kari»: the start of the family name before the given name at `index`, or None."""
    if index == 0:
        return None
    before = doc.words[index - 1]
    gap = doc.text[before.end : doc.words[index].start]
    if gap.rstrip() == "," and _base(before.text, FAMILY_NAMES) and before.text not in FAMILY_WORDS:
        return before.start
    return None


def _lone_family(
    doc: _Text,
    names: list[tuple[int, list[str]]],
    first: int,
    last: int,
    at_start: bool,
    compound: str,
    rules: NameRules,
) -> list[_Hit]:
    """A family name alone is a name only with family context right beside it: «familien Hansen»."""
    if len(names) != 1:
        return []
    index, parts = names[0]
    base = _base(parts[-1], FAMILY_NAMES)
    if base is None or base in PLACES or _is_allowed_part(parts[-1], rules):
        return []
    if (at_start and base in FAMILY_WORDS) or doc.previous_word(first) in _LOCATIVE:
        return []
    tight = (
        doc.previous_word(first) in _FAMILY_BEFORE
        or compound.startswith("famili")
        or _TIGHT_AFTER.match(doc.text, doc.words[last].end) is not None
    )
    return [_Hit(doc.words[index].start, CONTEXT, mask_name(parts))] if tight else []


def _is_allowed_part(part: str, rules: NameRules) -> bool:
    """A word of the municipality's name, or the family name of an allowed public person."""
    return part in rules.own_words or any(name.rsplit(" ", 1)[-1] == part for name in rules.allowed)
