"""The prose pandoc leaves for a reader, and each word found again at its line and column."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.checks import plaintext

BODY = """
## Tall og frister

Vi fikk *flere* meldinger[^1] i år, se [kapittel 5](05-temaomrader.md) og `kode`.

- Første punkt.
- Andre punkt.

| År | Antall |
|---|---|
| 2025 | 384 |

> Et sitat fra en forelder.

```
kode som ikke er tekst
```

![Bilde](../bilder/kart.svg){alt="Kart"}

[^1]: Kilde: SSB.
"""


def test_prose_only_with_headings_and_list_items_marked(tmp_path: Path) -> None:
    (blocks,) = plaintext.start([BODY], tmp_path)()
    assert blocks == [
        plaintext.Block("h", "Tall og frister"),
        plaintext.Block("p", "Vi fikk flere meldinger i år, se kapittel 5 og ."),
        plaintext.Block("li", "Første punkt."),
        plaintext.Block("li", "Andre punkt."),
    ]


def test_words_are_placed_at_their_source_line_and_column(tmp_path: Path) -> None:
    (blocks,) = plaintext.start([BODY], tmp_path)()
    lines = list(enumerate(BODY.split("\n"), start=10))
    placed = plaintext.place(blocks, lines)
    assert [(w.text, w.line, w.column) for w in placed[1].words[:4]] == [
        ("Vi", 13, 1),
        ("fikk", 13, 4),
        ("flere", 13, 10),
        ("meldinger", 13, 17),
    ]
    assert placed[3].line == 16 and placed[0].line == 11


def test_the_second_run_reads_the_cache_and_a_changed_text_is_read_again(tmp_path: Path) -> None:
    first = plaintext.start([BODY], tmp_path)()
    assert (tmp_path / ".sjekk-cache" / plaintext.CACHE_FILE).is_file()
    changed = BODY.replace("Første punkt", "Nytt punkt")
    again, new = plaintext.start([BODY, changed], tmp_path)()
    assert again == first[0] and plaintext.Block("li", "Nytt punkt.") in new


def test_the_cache_keeps_the_newest_entries_only() -> None:
    entries = {str(i): i for i in range(plaintext.KEPT + 5)}
    kept = plaintext.bounded(entries)
    assert len(kept) == plaintext.KEPT and "0" not in kept and str(plaintext.KEPT + 4) in kept
