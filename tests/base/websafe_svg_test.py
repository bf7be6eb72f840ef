"""Which SVGs the web edition may publish: nothing that runs, fetches or hides content inside."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.websafe_svg import problems

EXAMPLE = Path(__file__).parents[1] / "fixtures/eksempel/report/bilder"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{}</svg>'

ATTACKS = {
    "script": "<script>alert(1)</script>",
    "onload": '<rect onload="alert(1)"/>',
    "onmouseover in a namespace-less child": '<g><circle onmouseover="x()"/></g>',
    "foreignObject": "<foreignObject><p>tekst</p></foreignObject>",
    "remote image": '<image href="https://sporing.example/p.png"/>',
    "xlink to meetings": '<image xlink:href="../../meetings/foto.png"/>',
    "nested data: svg": '<image href="data:image/svg+xml;base64,PHN2Zz4xNTAzODUxMjM2Mzwvc3ZnPg=="/>',
    "@import": "<style>@import url(https://fonts.example/x.css);</style>",
    "css url": '<style>rect { fill: url("https://e.example/p.svg#g") }</style>',
    "style attribute url": '<rect style="background:url(https://e.example/x.png)"/>',
    "presentation attribute url": '<rect fill="url(https://e.example/p.svg#g)"/>',
    "set an href over time": '<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>',
    "iframe": "<iframe/>",
}


@pytest.mark.parametrize("name", list(ATTACKS))
def test_every_attack_is_refused(name: str) -> None:
    assert problems(SVG.format(ATTACKS[name]).encode())


def test_entities_are_refused_without_expanding() -> None:
    laughs = b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><svg>&b;</svg>'
    assert "entiteter" in problems(laughs)[0].message


def test_references_inside_the_file_pass() -> None:
    inside = '<defs><clipPath id="c"/></defs><use href="#a"/><rect clip-path="url(#c)" style="fill: url(#c)"/>'
    assert problems(SVG.format(inside).encode()) == []


@pytest.mark.parametrize("path", sorted(EXAMPLE.glob("*.svg")), ids=lambda p: p.name)
def test_the_examples_figures_pass(path: Path) -> None:
    assert problems(path.read_bytes()) == []


def test_a_drawn_chart_passes() -> None:
    from rapportlinja.blocks import chart
    from tests.blocks.chart_test import SPEC

    # matplotlib's SVG (a <style>, clip paths by #id) is what the web edition publishes most.
    drawn = chart.render(SPEC)
    assert b"clip-path" in drawn or b"<style" in drawn
    assert problems(drawn) == []
