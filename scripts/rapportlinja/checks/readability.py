"""Readability of a chapter's prose: LIX, sentence and paragraph length, long and heavy words, nesting, passive.

Pure: takes the placed prose blocks of one chapter (see plaintext) and the rules, returns notes with
line, column and a hint that says what to do (where to split, which word to explain or replace), and
the chapter's figures for the overview and the pull request comment. Notes never block anything.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapportlinja.base.findings import Finding, note
from rapportlinja.checks.language_rules import Limits, Rules, lix_level
from rapportlinja.checks.plaintext import Placed, Word

LONG = 6  # LIX counts words of more than six letters as long
MIN_PARAGRAPH_WORDS = 30  # a paragraph's LIX means little below this
_END = re.compile(r"[.!?…]+[\"»”’)\]]*(?=\s+[«\"“(\[]?[A-ZÆØÅ0-9])|[.!?…]+[\"»”’)\]]*\s*$")
_TOKEN = re.compile(r"\d+(?:[ ,.\u00a0]\d{3})*(?:,\d+)?|[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PROSE = ("p", "li")


class Sentence(NamedTuple):
    text: str
    words: list[Word]  # the placed words, for line and column
    size: int  # words as a reader counts them, numbers too

    @property
    def line(self) -> int:
        return next((w.line for w in self.words if w.line), 0)

    @property
    def column(self) -> int:
        return next((w.column for w in self.words if w.line), 0)


class Figures(NamedTuple):
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float:
        if not self.words or not self.sentences:
            return 0.0
        return self.words / self.sentences + 100 * self.long_words / self.words


def split_sentences(block: Placed, rules: Rules) -> list[Sentence]:
    found: list[Sentence] = []
    start = 0
    for match in _END.finditer(block.text):
        if match.group(0).startswith(".") and _abbreviation(block.text[: match.start()], rules):
            continue
        found.append(_sentence(block, start, match.end()))
        start = match.end()
    if block.text[start:].strip():
        found.append(_sentence(block, start, len(block.text)))
    return [s for s in found if s.size]


def _abbreviation(before: str, rules: Rules) -> bool:
    token = re.search(r"(\S+)$", before)
    if token is None:
        return False
    word = token.group(1).lstrip('(«"“[').casefold()
    return word in rules.abbreviations or (len(word) == 1 and word.isalpha())


def _sentence(block: Placed, start: int, end: int) -> Sentence:
    text = block.text[start:end].strip()
    words = [w for w in block.words if start <= w.start < end]
    return Sentence(text, words, len(_TOKEN.findall(text)))


def figures(sentences: list[Sentence]) -> Figures:
    long_words = sum(len(w.text) > LONG for s in sentences for w in s.words)  # placed words are letters only
    return Figures(sum(s.size for s in sentences), len(sentences), long_words)


def chapter_sentences(blocks: list[Placed], rules: Rules) -> list[list[Sentence]]:
    """The sentences of each prose block (headings have none)."""
    return [split_sentences(b, rules) if b.kind in _PROSE else [] for b in blocks]


def chapter_lix(blocks: list[Placed], rules: Rules) -> Figures:
    return figures([s for group in chapter_sentences(blocks, rules) for s in group])


def check(rel: str, blocks: list[Placed], rules: Rules, limits: Limits, first_line: int) -> list[Finding]:
    grouped = chapter_sentences(blocks, rules)
    found: list[Finding] = []
    seen: set[str] = set()
    for block, sentences in zip(blocks, grouped, strict=True):
        for sentence in sentences:
            found += _sentence_notes(rel, sentence, rules, limits)
        if block.kind == "p":
            found += _paragraph_notes(rel, block, sentences, rules, limits)
        if block.kind in _PROSE:
            found += _word_notes(rel, block, rules, limits, seen)
    everything = [s for group in grouped for s in group]
    if everything:
        # At the first line of prose, where a GitHub notice is seen; `first_line` when none was placed.
        line = next((b.line for b in blocks if b.kind in _PROSE and b.line), first_line)
        found.append(_overview(rel, everything, rules, limits, line))
    return found


def _sentence_notes(rel: str, sentence: Sentence, rules: Rules, limits: Limits) -> list[Finding]:
    where = (rel, sentence.line, sentence.column)
    found = []
    if sentence.size > limits.sentence_words:
        found.append(
            note(
                *where,
                f"Lang setning: {sentence.size} ord (grensen er {limits.sentence_words}).",
                split_hint(sentence, rules),
                "klarsprak.lang-setning",
            )
        )
    lowered = [w.text.casefold() for w in sentence.words]
    openers = [w for w in lowered if w in rules.clause_openers]
    if len(openers) >= limits.clauses:
        shown = ", ".join(f"«{w}»" for w in dict.fromkeys(openers))
        found.append(
            note(
                *where,
                f"Setningen har {len(openers)} leddsetninger inni hverandre ({shown}).",
                "Skriv hovedsaken først i en kort setning, og gjør hver leddsetning til en egen setning.",
                "klarsprak.leddsetninger",
            )
        )
    passives = passive_forms(lowered, rules)
    if len(passives) >= limits.passives:
        shown = ", ".join(f"«{p}»" for p in passives)
        found.append(
            note(
                *where,
                f"Setningen har {len(passives)} passive verb ({shown}): det står ikke hvem som gjør noe.",
                "Skriv hvem som handler: «Barnevernstjenesten vurderer saken» i stedet for «Saken blir vurdert».",
                "klarsprak.passiv",
            )
        )
    return found


def passive_forms(lowered: list[str], rules: Rules) -> list[str]:
    """«blir vurdert», «skal behandles», «må vurderast»: an auxiliary or modal, then the passive form."""
    passive = rules.passive
    found = []
    for index, word in enumerate(lowered):
        ahead = [w for w in lowered[index + 1 : index + 3] if w not in passive.fillers][:1]
        if not ahead or ahead[0] in passive.exceptions or len(ahead[0]) < 4:
            continue
        verb = ahead[0]
        participle = word in passive.auxiliaries and verb.endswith(passive.participle_endings)
        s_passive = word in passive.modals and verb.endswith(passive.s_endings) and len(verb) >= 5
        if participle or s_passive:
            found.append(f"{word} {verb}")
    return found


def split_hint(sentence: Sentence, rules: Rules) -> str:
    """Where to split: at a comma before «og», «men», «fordi» …, or a semicolon or dash, nearest the middle."""
    tokens = list(re.finditer(r"\S+", sentence.text))
    middle = len(tokens) / 2
    best: tuple[float, int] | None = None
    for index, token in enumerate(tokens[:-1]):
        if index < 3 or index > len(tokens) - 4:
            continue
        text = token.group(0)
        after = tokens[index + 1].group(0).casefold().strip('«»"“”')
        if text.endswith((";", ":")) or (text.endswith(",") and after in rules.splitters) or after in ("–", "—"):
            distance = abs(index + 1 - middle)
            if best is None or distance < best[0]:
                best = (distance, index)
    if best is None:
        return "Del setningen i to der en ny tanke begynner: det viktigste først, resten i en ny setning."
    index = best[1]
    before = " ".join(t.group(0) for t in tokens[max(0, index - 2) : index + 1]).rstrip(",;:")
    rest = [t.group(0) for t in tokens[index + 1 :] if t.group(0) not in ("–", "—")]
    if len(rest) > 1 and rest[0].casefold() == "og":  # «…, og samtidig har …» becomes «Samtidig har …»
        rest = rest[1:]
    opening = rest[0].strip('«»"“”')
    return (
        f"Del setningen etter «…{before}»: sett punktum der, og begynn en ny setning med "
        f"«{opening[:1].upper() + opening[1:]} …»."
    )


def _paragraph_notes(rel: str, block: Placed, sentences: list[Sentence], rules: Rules, limits: Limits) -> list[Finding]:
    if not sentences:
        return []
    numbers = figures(sentences)
    where = (rel, block.line, 0)
    found = []
    if numbers.words > limits.paragraph_words or numbers.sentences > limits.paragraph_sentences:
        found.append(
            note(
                *where,
                f"Langt avsnitt: {numbers.words} ord i {numbers.sentences} setninger "
                f"(grensene er {limits.paragraph_words} ord og {limits.paragraph_sentences} setninger).",
                _paragraph_split(sentences),
                "klarsprak.langt-avsnitt",
            )
        )
    if numbers.words >= MIN_PARAGRAPH_WORDS and numbers.lix > limits.lix_paragraph:
        long_words = sorted(
            {w.text for s in sentences for w in s.words if len(w.text) > LONG}, key=lambda w: (-len(w), w)
        )[:3]
        shown = ", ".join(f"«{w}»" for w in long_words)
        found.append(
            note(
                *where,
                f"Avsnittet er tungt å lese: LIX {numbers.lix:.0f} ({lix_level(rules, numbers.lix)}; "
                f"grensen er {limits.lix_paragraph}).",
                f"Kortere setninger og kortere ord hjelper; de lengste ordene her er {shown}.",
                "klarsprak.tungt-avsnitt",
            )
        )
    return found


def _paragraph_split(sentences: list[Sentence]) -> str:
    if len(sentences) < 2:
        return "Del avsnittet der en ny tanke begynner, og sett en tom linje mellom delene."
    total = sum(s.size for s in sentences)
    running, best, best_distance = 0, 1, float("inf")
    for index, sentence in enumerate(sentences[:-1], start=1):
        running += sentence.size
        if abs(running - total / 2) < best_distance:
            best, best_distance = index, abs(running - total / 2)
    start = sentences[best]
    opening = " ".join(start.text.split()[:4])
    return f"Del avsnittet før setningen som begynner «{opening} …» (linje {start.line}): sett inn en tom linje der."


def _word_notes(rel: str, block: Placed, rules: Rules, limits: Limits, seen: set[str]) -> list[Finding]:
    found = []
    for match in rules.heavy_pattern.finditer(block.text.casefold()):
        phrase = match.group(0)
        if phrase in seen:
            continue
        seen.add(phrase)
        plain = " eller ".join(f"«{p.strip()}»" for p in rules.heavy[phrase].split(","))
        word = next((w for w in block.words if w.start >= match.start()), None)
        where = (rel, word.line, word.column) if word else (rel, block.line, 0)
        found.append(
            note(
                *where,
                f"«{block.text[match.start() : match.end()]}» er et tungt ord for mange lesere.",
                f"Skriv heller {plain}.",
                "klarsprak.tungt-ord",
            )
        )
    for word in block.words:
        key = word.text.casefold()
        if len(word.text) < limits.long_word or key in seen:
            continue
        seen.add(key)
        found.append(
            note(
                rel,
                word.line,
                word.column,
                f"Langt ord: «{word.text}» ({len(word.text)} bokstaver).",
                "Forklar ordet første gang det står, eller skriv det om med flere, kortere ord.",
                "klarsprak.langt-ord",
            )
        )
    return found


def _overview(rel: str, sentences: list[Sentence], rules: Rules, limits: Limits, first_line: int) -> Finding:
    numbers = figures(sentences)
    longest = sorted(sentences, key=lambda s: (-s.size, s.line))[: limits.longest]
    shown = ", ".join(f"linje {s.line} ({s.size} ord)" for s in longest)
    average = f"{numbers.words / numbers.sentences:.1f}".replace(".", ",")
    message = (
        f"LIX {numbers.lix:.0f} ({lix_level(rules, numbers.lix)}): {numbers.words} ord i {numbers.sentences} "
        f"setninger, {average} ord per setning."
    )
    if shown:
        message += f" Lengste setninger: {shown}."
    hint = None
    if numbers.lix > limits.lix:
        hint = (
            f"Målet er LIX under {limits.lix} for en rapport til politikere: kortere setninger og færre lange ord "
            "senker tallet."
        )
    return note(rel, first_line, 0, message, hint, "klarsprak.oversikt")
