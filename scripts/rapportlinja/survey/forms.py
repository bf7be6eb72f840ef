"""The questions as text to paste into Microsoft Forms.

Forms' «Hurtigimport» (Quick import) reads a Word or PDF document with numbered questions
and the options on the lines below each question; Forms also splits a pasted block of
lines into one option per line. So the text is: a title, the introduction, then one
numbered question per block with its options one per line. The 1–5 statements are
single-choice questions with the scale as options («1 – Helt uenig» …), which is also
how their answers come back in the export (one column per statement). Paste into Word
and use Hurtigimport, or paste question by question.
"""

from __future__ import annotations

from rapportlinja.survey.questions import Survey


def scale_options(survey: Survey) -> list[str]:
    return [f"{value} – {label}" for value, label in enumerate(survey.scale, start=1)]


def text(survey: Survey) -> str:
    lines = [survey.title, "", survey.intro, ""] if survey.intro else [survey.title, ""]
    number = 1
    lines += [f"{number}. {survey.sector_question}", *survey.sectors, ""]
    for statement in survey.statements:
        number += 1
        lines += [f"{number}. {statement.text}", *scale_options(survey), ""]
    for question in survey.open_questions:
        number += 1
        lines += [f"{number}. {question.text}", ""]
    return "\n".join(lines)


def advice(survey: Survey) -> str:
    """What to set by hand in Forms after the import (instructions in the text would become options)."""
    last_choice = 1 + len(survey.statements)
    advice = f"I Forms: gjør spørsmål 1–{last_choice} obligatoriske med ett svar"
    if survey.open_questions:
        first, last = last_choice + 1, last_choice + len(survey.open_questions)
        span = str(first) if first == last else f"{first}–{last}"
        advice += f"; spørsmål {span} er tekstsvar (velg «Langt svar») og valgfrie"
    return advice + ". Ikke be om navn: la «Registrer navn» være av."
