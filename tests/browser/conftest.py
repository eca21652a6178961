"""Headless Chromium from Debian (`chromium` + `chromium-driver`), driven by selenium: tests of what a person sees.

Screenshots and timings go to the artefacts folder: `$MPCONFORM_ARTEFACTS` if set, else `artefacts/` at the
repository root (ignored by git; .ci/run prints where it is).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
#: Flags for a closed network (no background fetches, no QUIC) and a root user (no sandbox).
CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1400,900")


def artefacts_dir(name: str) -> Path:
    """A folder for artefacts CI keeps (screenshots, timings), created if needed."""
    root = Path(os.environ.get("MPCONFORM_ARTEFACTS") or REPO / "artefacts")
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A selenium WebDriver on headless Chromium with an empty profile; quit (Chromium and its driver) at the end."""
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("headless Chromium is not installed here: needs Debian's chromium and chromium-driver "
                    "(apt-get install chromium chromium-driver; .ci/run installs them)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The driver path is given: selenium never looks for (or downloads) a driver of its own.
    service = Service(CHROMEDRIVER, log_output=str(tmp_path_factory.mktemp("chromedriver") / "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()  # closes Chromium, then stops chromedriver (the service's own process)
