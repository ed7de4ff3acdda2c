"""What the browser tests of tests/render/ share: Debian's Chromium driven by Playwright
(``browser``, one a test module) and a ``Page`` with the network blocked."""

import pytest

from tests.conftest import CHROMIUM, ROOT, require_browser

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
SHOTS = ROOT / "build" / "browser"


@pytest.fixture(scope="module")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A page with the network blocked, recording errors and dialogs."""

    def __init__(self, browser, html):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors, self.dialogs, self.blocked = [], [], []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" and "net::ERR_FAILED" not in m.text else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):
            if r.request.url.startswith(("file:", "data:", "blob:")):
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()

        self.page.route("**/*", route)
        self.page.goto(html.as_uri())
        # GEO.ready: the map page has fitted its view (the batch page has no such step)
        self.page.wait_for_function("window.GEO && window.GEO.map && (window.GEO.ready || !window.GEO.registry)", timeout=15000)
        self.page.wait_for_timeout(300)

    def __getattr__(self, name):
        return getattr(self.page, name)
