"""The web edition's allow-list: which link targets and attributes a chapter may give a page."""

from __future__ import annotations

import pytest

from rapportlinja.base.websafe import refused_attribute, refused_link, scheme


@pytest.mark.parametrize(
    ("target", "refused"),
    [
        ("javascript:alert(1)", "javascript"),
        ("JaVaScRiPt:alert(1)", "javascript"),
        ("java\tscript:alert(1)", "javascript"),  # a browser drops the tab and runs it
        (" \x01javascript:alert(1)", "javascript"),
        ("javascript%3Aalert(1)", "javascript"),
        ("data:text/html;base64,PHNjcmlwdD4=", "data"),
        ("vbscript:msgbox", "vbscript"),
        ("http://eksempel.no", "http"),
        ("//evil.example/x", "//"),
        ("\\\\evil.example/x", "//"),
        ("file:///etc/passwd", "file"),
    ],
)
def test_links_that_run_fetch_or_leave_https_are_refused(target: str, refused: str) -> None:
    assert refused_link(target) == refused


@pytest.mark.parametrize(
    "target",
    [
        "https://www.bufdir.no",
        "mailto:postmottak@eksempel.kommune.no",
        "05-temaomrader.md#mål",
        "#kapittel",
        "data/x.csv",
    ],
)
def test_web_pages_mail_and_the_sites_own_files_pass(target: str) -> None:
    assert refused_link(target) is None


def test_a_relative_file_has_no_scheme() -> None:
    assert scheme("bilder/kart.svg") is None and scheme("HTTPS://x") == "https"


@pytest.mark.parametrize("name", ["onload", "onfocus", "ONERROR", "style", "srcset", "ping", "href", "src"])
def test_events_styles_and_fetching_attributes_are_refused(name: str) -> None:
    assert refused_attribute(name)


@pytest.mark.parametrize("name", ["id", "class", "alt", "lang", "width", "title", "autofocus-ikke"])
def test_ordinary_attributes_pass(name: str) -> None:
    assert not refused_attribute(name)
