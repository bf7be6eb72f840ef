"""The chapters' HTML through the allow-list: every attack in issue 27 is gone, real pandoc output stays."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from rapportlinja.base.layout import Layout
from rapportlinja.render.htmlchapters import to_html
from rapportlinja.render.pandoc import Source
from rapportlinja.render.websafe import clean

# Each line an attack a chapter can write in pandoc Markdown (issue 27), as a writer would.
HOSTILE = """\
Et bilde: ![Kart](../bilder/kart.svg){alt="Kart" onload="alert(1)" srcset="https://sporing.example/x.png 2x"}

[Fokus]{onfocus="alert(1)" autofocus=""} og [stil]{style="background:url(https://sporing.example/p.png)"}.

Lenker: [js](javascript:alert(1)), [JS](JaVaScRiPt:alert(1)), [data](data:text/html;base64,PHNjcmlwdD4=),
[vb](vbscript:msgbox), [ping](https://eksempel.no){ping="https://sporing.example/p"}, [http](http://eksempel.no),
[andre](//sporing.example/x) og <javascript:alert(1)>.

::: {.boks onmouseover="alert(1)" style="position:fixed"}
Tekst i en boks.
:::

## Overskrift {#ok onclick="alert(1)"}

| Tall | Navn |
|-----:|:-----|
|    1 | a    |

Trygge lenker: [Bufdir](https://www.bufdir.no), [post](mailto:postmottak@eksempel.no), [kapittel](#ok).
"""


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.attrs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs += [(tag, key, value or "") for key, value in attrs]


def attributes(html: str) -> list[tuple[str, str, str]]:
    parser = _Tags()
    parser.feed(html)
    return parser.attrs


def assert_runs_and_fetches_nothing(html: str) -> None:
    for tag, key, value in attributes(html):
        assert not key.startswith("on"), (tag, key)
        assert key not in {"style", "srcset", "ping", "autofocus"}, (tag, key)
        if key in {"href", "src"}:
            assert not re.match(r"\s*(javascript|data|vbscript|http):|//", value, re.IGNORECASE), (tag, value)
        if key == "src":
            assert "://" not in value, value
    assert "<script" not in html.lower()


def test_a_hostile_chapter_through_real_pandoc_runs_and_fetches_nothing(tmp_path: Path) -> None:
    (tmp_path / "report/bilder").mkdir(parents=True)
    (tmp_path / "report/bilder/kart.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', "utf-8")
    fragment = to_html(
        [Source("01-a.md", "A", HOSTILE)], tmp_path / "arbeid", "/report/kapitler", Layout(tmp_path), "T"
    )
    assert_runs_and_fetches_nothing(fragment.html)
    hrefs = [value for _, key, value in attributes(fragment.html) if key == "href"]
    assert {"https://www.bufdir.no", "mailto:postmottak@eksempel.no", "#ok"} <= set(hrefs), hrefs
    assert "Tekst i en boks." in fragment.html and "Fokus" in fragment.html  # the text stays, the attack goes
    assert 'class="justert-right"' in fragment.html  # pandoc's column alignment, kept as a class
    assert list(fragment.images) and next(iter(fragment.images)).startswith("bilder/")


def test_markup_pandoc_could_never_write_is_removed_too() -> None:
    page = clean(
        '<p><script>alert(1)</script><iframe src="https://e.example"></iframe><a href="java&#x09;script:x">j</a>'
        '<img src="https://sporing.example/p.png" alt="x"><object data="x.swf"></object><!-- notat --></p>'
        '<form action="https://e.example"><input type="text" name="fnr"></form><base href="https://e.example/">'
    )
    assert_runs_and_fetches_nothing(page)
    for gone in ("<iframe", "<object", "<form", "<base", "notat", 'type="text"'):
        assert gone not in page, gone
