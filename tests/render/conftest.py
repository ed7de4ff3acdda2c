"""What the tests of tests/render/ share: Debian's Chromium driven by Playwright (``browser``,
one a test module) and a ``Page`` with the network blocked; the short articles of
tests/data/pages/ and the English words no page in another language may show."""

import pytest

from geo.render.i18n import texts
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


PAGES = ROOT / "tests" / "data" / "pages"  # short articles written for these tests, one a language

#: English words the page once showed on every page (interface words, defaults, reasons,
#: layer names, control titles, units); none may stand on a page in another language
ENGLISH_UI = (
    "Claimed by", "Status", "Actor", "When", "Date basis", "Precision", "about", "Hedged", "Inferred", "Edited by hand",
    "Note", "Kind", "Region", "Location", "gazetteer", "Confidence", "chosen among", "Other candidates", "Why",
    "Geometry source", "Mentions", "Other places", "Country", "Population", "Uncertain", "which",
    "the article", "Someone", "someone", "(government)", "edited GeoJSON", "claims", "claim",
    "Claims not drawn", "not drawn", "a movement", "with no origin", "destination not stated", "origin not stated",
    "Legend", "Source", "Published", "Language", "not given", "nobody", "Download", "Save image", "Print",
    "Countries", "Rivers", "borders", "Areas", "Uncertainty", "Movements", "Places", "Events", "Place names",
    "Streets", "Satellite", "Context", "towns", "offline", "contributors", "Full Screen", "Full screen",
    "Zoom in", "Zoom out", "Layers", "Measure", "Dates claimed", "Find a place", "Nothing by that name",
    "capture", "attack", "event", "status", "claimed", "disputed", "confirmed", "refuted", "show on the map",
    "Article text", "Map of the claims", "A JavaScript library",
)


def english_on(text: str, lang: str, article: str) -> list[str]:
    """The English interface words in ``text`` that are not also words of ``lang``'s page
    (German 'Region', French 'Source') or of the article."""
    import re

    own = " ".join(texts(lang).values()) + " " + article
    return [w for w in ENGLISH_UI if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) and not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", own)]


#: the viewport of a desktop browser window
DESKTOP = {"width": 1400, "height": 900}


def open_page(browser, html, viewport):
    original = browser.new_page

    def sized(**kw):
        return original(**{**kw, "viewport": viewport})

    browser.new_page = sized
    try:
        page = Page(browser, html)
    finally:
        browser.new_page = original
    page.wait_for_function("window.GEO.ready === true", timeout=5000)
    assert not page.errors, page.errors
    return page
