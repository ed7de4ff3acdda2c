"""The map in a real browser: Debian's Chromium driven by Playwright, from file://."""

import pytest

from geo.cli import main
from tests.conftest import CHROMIUM, ROOT, require_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def page():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        yield pg
        browser.close()


def test_seed_map_draws_in_chromium(page, tmp_path):
    out = ROOT / "build" / "seed"
    assert main(["--out", str(out)]) == 0
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "net::" not in m.text else None)
    # tiles need the network; everything else is inlined, so block the network entirely
    page.route("**/*", lambda route: route.abort() if not route.request.url.startswith(("file:", "data:")) else route.continue_())
    page.goto((out / "map.html").as_uri())
    page.wait_for_selector(".leaflet-interactive", timeout=15000)
    page.wait_for_timeout(500)
    paths = page.locator("path.leaflet-interactive").count()
    assert paths >= 8  # places, areas, river, border, movements, uncertainty circles
    assert page.locator("#geo-legend").is_visible()
    assert "Défense russe" in page.locator("#geo-header").inner_text()
    page.screenshot(path=str(out / "map.png"))
    assert errors == []


def test_clicking_the_movement_shows_its_popup(page):
    html = ROOT / "build" / "seed" / "map.html"
    page.goto(html.as_uri())
    page.wait_for_selector(".leaflet-interactive")
    # open the popup of the first movement through Leaflet itself (its line may lie under an area)
    page.evaluate(
        """() => { for (const k in window) { const v = window[k];
             if (!(v && v instanceof L.Polyline) || v instanceof L.Polygon || !v.getPopup || !v.getPopup()) continue;
             const c = v.getPopup().getContent();
             const s = typeof c === 'string' ? c : (c.outerHTML || c.textContent || '');
             if (s.includes('Wadi Al Sabha crossing')) { v.openPopup(); return; } } }"""
    )
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    text = popup.inner_text()
    assert "Claimed by" in text and "Défense russe" in text and "2017-11" in text
    assert "quitter Abu Kamal" in text
