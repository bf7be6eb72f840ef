"""The web edition in a real browser: axe-core finds no WCAG 2.1 AA violation on any page, nb and nn.

Plus what axe cannot judge alone: every image has alt text, headings do not skip a level,
every table has header cells, every key-figure chart has its table; the page reflows at
320 CSS pixels (a phone, or 400 % zoom of 1280 pixels); print hides the navigation; and
nothing is loaded from anywhere but the site's own files.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.render import browser
from tests.render.website_helpers import build, pages, set_language

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(browser.unavailable() is not None, reason=browser.unavailable() or ""),
]


@pytest.fixture(scope="module", params=["nb", "nn"])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import copy_example, init_git

    root = copy_example(tmp_path_factory.mktemp(f"nettleser-{request.param}") / "repo")
    set_language(root, request.param)
    init_git(root)
    return build(root)


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with browser.chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def axe() -> str:
    script = browser.axe_script()
    assert script is not None
    return script.read_text("utf-8")


def _open(driver: Any, page: Path) -> None:
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.get(page.as_uri())


def test_axe_finds_no_violations(site: Path, driver: Any, axe: str) -> None:
    checked = []
    for page in pages(site):
        _open(driver, page)
        violations = browser.axe_violations(driver, axe)
        assert violations == [], f"{page.name}: {violations}"
        checked.append(page.name)
    assert checked == ["index.html", "nytt.html"]


STRUCTURE = """
const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => Number(h.tagName[1]));
return {
  lang: document.documentElement.lang,
  images: [...document.images].map(i => ({alt: i.getAttribute('alt'), loaded: i.complete && i.naturalWidth > 0})),
  levels: levels,
  tables: [...document.querySelectorAll('table')].map(t => t.querySelectorAll('th').length),
  charts: [...document.querySelectorAll('.nokkeltall')].map(d => ({
      images: d.querySelectorAll('img').length, tables: d.querySelectorAll('table').length,
      csv: [...d.querySelectorAll('a')].filter(a => a.getAttribute('href').endsWith('.csv')).length})),
  resources: performance.getEntriesByType('resource').map(r => r.name),
};
"""


def test_images_headings_tables_and_charts(site: Path, driver: Any) -> None:
    language = site.parents[2].name.removeprefix("nettleser-").rstrip("0123456789")  # the fixture's folder
    for page in pages(site):
        _open(driver, page)
        facts = driver.execute_script(STRUCTURE)
        assert facts["lang"] == language
        assert all(image["alt"] and image["alt"].strip() for image in facts["images"]), page.name
        assert all(image["loaded"] for image in facts["images"]), page.name
        levels = facts["levels"]
        assert levels[0] == 1 and levels.count(1) == 1, (page.name, levels)
        assert all(after <= before + 1 for before, after in itertools.pairwise(levels)), (page.name, levels)
        assert all(count > 0 for count in facts["tables"]), (page.name, facts["tables"])
        assert all(r.startswith("file://") for r in facts["resources"]), facts["resources"]
        if page.name == "index.html":
            assert facts["images"] and facts["tables"]
            assert any(chart["images"] for chart in facts["charts"])
            assert all(chart["tables"] == 1 and chart["csv"] == 1 for chart in facts["charts"]), facts["charts"]


def test_reflows_on_a_phone_and_at_400_percent(site: Path, driver: Any) -> None:
    for page in pages(site):
        _open(driver, page)
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride", {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True}
        )
        driver.get(page.as_uri())
        widths = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], (page.name, widths)  # no sideways scrolling of the page


def test_print_hides_the_navigation(site: Path, driver: Any) -> None:
    _open(driver, site / "index.html")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    shown = driver.execute_script("return getComputedStyle(document.querySelector('header nav')).display")
    assert shown == "none"


def test_the_checks_can_fail(tmp_path: Path, driver: Any, axe: str) -> None:
    """A page without lang, with an image without alt and a wide box: axe and the reflow check say no."""
    bad = tmp_path / "feil.html"
    bad.write_text(
        '<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="x.png">'
        '<div style="width:2000px">bred</div></main></body></html>',
        "utf-8",
    )
    _open(driver, bad)
    found = {v["id"] for v in browser.axe_violations(driver, axe)}
    assert {"html-has-lang", "image-alt"} <= found
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True}
    )
    driver.get(bad.as_uri())
    widths = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] > widths[1]
