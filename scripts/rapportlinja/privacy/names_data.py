"""Name data shipped with the package: given names, family names, names that are also words, places.

The lists are text files in `navnedata/`, each with a header that says where it comes from
(SSB's name statistics and municipality standard), read once per process. No network at run time.
Every set holds names as they are spelt, with a capital first letter; hyphenated names
(«Kari-Anne») are not listed but built from their parts.
"""

from __future__ import annotations

from importlib import resources


def _read(name: str) -> frozenset[str]:
    text = resources.files("rapportlinja").joinpath("privacy", "navnedata", name).read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(part for word in line.split() for part in word.split("-") if part)
    return frozenset(words)


GIVEN_NAMES: frozenset[str] = _read("fornavn.txt")
FAMILY_NAMES: frozenset[str] = _read("etternavn.txt")
_WORDS = _read("ordnavn.txt")
# Names that are also everyday Norwegian words (per, liv, stig, bjørn, dag, hans «his», tom «empty»,
# finn «find», endre «change», helga «the weekend», line, tone, stein, vera «be» (nynorsk) …).
# Capitalised at the start of a sentence they are most often the word, so they are reported
# only where a capital letter cannot come from the sentence.
WORD_NAMES: frozenset[str] = _WORDS & GIVEN_NAMES
# Family names that are also words or places (Berg, Strøm, Hagen «the garden», Strand, Vik …).
FAMILY_WORDS: frozenset[str] = _WORDS & FAMILY_NAMES
PLACES: frozenset[str] = _read("stedsnavn.txt")
