"""Headless Chromium through Selenium, with axe-core, for the accessibility tests of the web edition.

Nothing is downloaded when the tests run: Chromium and its driver are Debian's packages
(`chromium`, `chromium-driver`), Selenium is told where they are (so Selenium Manager stays
idle), and axe-core's script is read from disk: $AXE_CORE_JS, or the npm package installed
globally (`npm install -g axe-core`).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = ("chromium", "chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _chromium() -> str | None:
    return next((path for name in CHROMIUM if (path := shutil.which(name))), None)


def axe_script() -> Path | None:
    candidates = [os.environ.get("AXE_CORE_JS", "")]
    npm = shutil.which("npm")
    if npm:
        root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, timeout=60, check=False)
        candidates.append(os.path.join(root.stdout.strip(), "axe-core", "axe.min.js"))
    candidates += ["/usr/lib/node_modules/axe-core/axe.min.js", "/usr/local/lib/node_modules/axe-core/axe.min.js"]
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


def unavailable() -> str | None:
    """Why the browser tests cannot run here, in Norwegian (for pytest.skip), or None when they can."""
    if _chromium() is None or shutil.which("chromedriver") is None:
        return "Chromium finnes ikke (installer Debian-pakkene chromium og chromium-driver), så nettsidene ble ikke testet i nettleser."
    if importlib.util.find_spec("selenium") is None:
        return "Selenium er ikke installert; installer test-ekstraen."
    if axe_script() is None:
        return (
            "axe-core finnes ikke: installer det med «npm install -g axe-core» eller sett AXE_CORE_JS til axe.min.js."
        )
    return None


@contextmanager
def chromium() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="rapportlinja-chromium-")
    options = Options()
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.binary_location = str(_chromium())
    driver = webdriver.Chrome(options=options, service=Service(executable_path=shutil.which("chromedriver")))
    try:
        driver.set_script_timeout(120)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def axe_violations(driver: Any, script: str) -> list[dict[str, Any]]:
    """axe-core's violations for the loaded page, limited to WCAG 2.1 A and AA."""
    driver.execute_script(script)
    return list(
        driver.execute_async_script(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))
              .catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));
            """,
            WCAG_21_AA,
        )
    )
