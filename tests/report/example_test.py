"""The example's identity: counties from the municipality number, the template itself, and the traces."""

from __future__ import annotations

import re

import pytest
from ruamel.yaml import YAML

from rapportlinja.checks.bokmal import bokmal_words
from rapportlinja.report import example, fenced, markdown
from rapportlinja.report.example import to_nynorsk
from tests.conftest import EXAMPLE


def test_the_county_and_its_kostra_region_come_from_the_first_two_digits():
    assert example.county_of("4205") == example.County("Agder", "EKA42")
    assert example.county_of("4640") == example.County("Vestland", "EKA46")
    assert example.county_of("0301") == example.County("Oslo", "EKA03")
    assert example.county_of("9999") is None  # no county 99: the example's own number
    assert example.county_of("1201") is None  # Hordaland, merged into Vestland in 2020


def test_the_template_is_the_repository_with_the_examples_number():
    assert example.is_template({"kommune": {"navn": "Eksempel kommune", "nummer": "9999"}})
    assert not example.is_template({"kommune": {"navn": "Eksempel kommune", "nummer": "4205"}})
    assert not example.is_template({"kommune": {"navn": "Lindesnes kommune", "nummer": "4205"}})
    assert not example.is_template(None)


def test_traces_are_found_however_they_are_cased_with_their_column():
    line = "Se https://teams.example.invalid/x, skrevet av EKSEMPEL KOMMUNE for @eksempel-kommune/ledere."
    assert [marker for _, marker in example.markers_in(line)] == [
        "example.invalid",
        "EKSEMPEL KOMMUNE",
        "eksempel-kommune",
    ]
    assert example.markers_in(line)[0][0] == line.index("example.invalid") + 1
    assert example.markers_in("For eksempel kommunen vår.") == []  # «for eksempel» is Norwegian, not a trace


@pytest.mark.parametrize(
    "rel",
    [
        "meetings/rutine.yaml",
        "meetings/registre.yaml",
        "report/arshjul.yaml",
        "report/undersokelse/samarbeid.yaml",
        "report/data/samarbeid-2025.yaml",
        "report/data/indikatorer.yaml",
        "report/rapport.yaml",
    ],
)
def test_the_nynorsk_table_covers_the_examples_data(rel: str) -> None:
    """A new bokmål text in the example's data needs its line in report/nynorsk.yaml, or a nynorsk
    municipality starts with bokmål (and `rapport sjekk` says so)."""
    data = to_nynorsk(YAML(typ="safe").load((EXAMPLE / rel).read_text("utf-8")))
    if rel == "report/rapport.yaml":
        data.pop("tittel")  # the title carries the year; `rapport oppsett` rewrites its one bokmål word
    values: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            values.append(node)

    walk(data)
    assert bokmal_words("\n".join(values)) == []


def _chapter(text: str) -> tuple[dict[str, object], str]:
    _, frontmatter, body = text.split("---\n", 2)
    return YAML(typ="safe").load(frontmatter), body


BOKMAL_CHAPTERS = {p.name: p.read_text("utf-8") for p in sorted((EXAMPLE / "report/kapitler").glob("*.md"))}
NUMBER = re.compile(r"\d+(?:[ ,.]\d+)*")


def test_the_nynorsk_chapters_are_the_bokmål_ones_file_for_file():
    assert sorted(example.nynorsk_chapters()) == sorted(BOKMAL_CHAPTERS)


@pytest.mark.parametrize("name", sorted(BOKMAL_CHAPTERS))
def test_a_nynorsk_chapter_keeps_the_structure_links_and_figures_of_the_bokmål_one(name: str) -> None:
    """Translated text only: the frontmatter but the title, the headings' levels and explicit ids, the links
    and the anchors they point at, the fenced blocks, every number and the example's note stay as they are,
    so a change to one målform that is not made in the other fails here instead of drifting silently."""
    nb_meta, nb_body = _chapter(BOKMAL_CHAPTERS[name])
    nn_meta, nn_body = _chapter(example.nynorsk_chapters()[name])
    assert {**nn_meta, "tittel": nb_meta["tittel"]} == nb_meta
    nb, nn = markdown.scan(nb_body, 1), markdown.scan(nn_body, 1)
    assert [h.level for h in nn.headings] == [h.level for h in nb.headings]
    explicit = re.compile(r"\{#([^}\s]+)\}")
    assert explicit.findall(nn_body) == explicit.findall(nb_body)
    assert [link.target for link in nn.links] == [link.target for link in nb.links]
    assert [(i.src, bool(i.alt)) for i in nn.images] == [(i.src, bool(i.alt)) for i in nb.images]
    assert [(b.kind, b.text) for b in fenced.find_all(nn_body, 1)] == [
        (b.kind, b.text) for b in fenced.find_all(nb_body, 1)
    ]
    assert sorted(NUMBER.findall(nn_body)) == sorted(NUMBER.findall(nb_body))
    assert ("eksempelteksten" in nn_body) == ("eksempelteksten" in nb_body)
    assert bokmal_words(nn_body) == []


def test_every_link_between_the_nynorsk_chapters_finds_its_heading():
    ids = {
        name: {h.ident for h in markdown.scan(_chapter(text)[1], 1).headings}
        for name, text in example.nynorsk_chapters().items()
    }
    anchors = [
        link.target.split("#", 1)
        for text in example.nynorsk_chapters().values()
        for link in markdown.scan(_chapter(text)[1], 1).links
        if "#" in link.target
    ]
    assert anchors and all(anchor in ids[file] for file, anchor in anchors), anchors


@pytest.mark.parametrize("path", sorted((EXAMPLE / "report/bilder").glob("*.svg")), ids=lambda p: p.name)
def test_a_nynorsk_figure_is_the_bokmål_one_with_its_words_in_nynorsk(path) -> None:
    """The same drawing (every element and number in place), only the words translated, none of them bokmål."""
    nb, nn = path.read_text("utf-8"), example.nynorsk_images()[path.name]
    shape = re.compile(r">[^<]*<")
    assert shape.sub("><", nn) == shape.sub("><", nb)
    assert sorted(NUMBER.findall(nn)) == sorted(NUMBER.findall(nb))
    assert bokmal_words(" ".join(shape.findall(nn))) == []
