"""The combined map in Chromium: lines and areas are drawn on one canvas and matched to a
click; every feature, point, line or area, opens its popup, with its values as text."""

from __future__ import annotations

import pytest

from tests.conftest import CHROMIUM, require_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EVIL = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def collection() -> dict:
    def feature(i, kind, geom, **props):
        p = {"kind": kind, "id": f"f{i}", "title": f"{kind} {i} {EVIL}", "outlet": f"outlet {i % 2} {EVIL}",
             "claimant": "the ministry", "status": "claimed", "quote": f"words of feature {i} {EVIL}", **props}
        return {"type": "Feature", "id": f"f{i}", "properties": p, "geometry": geom}

    return {"type": "FeatureCollection", "features": [
        feature(0, "place", {"type": "Polygon", "coordinates": [[[10, 10], [14, 10], [14, 14], [10, 14], [10, 10]]]}, place_kind="region"),
        feature(1, "movement", {"type": "LineString", "coordinates": [[16, 10], [20, 14]]}, date_start="2020-05-01"),
        feature(2, "event", {"type": "Point", "coordinates": [18, 6]}, date_start="2020-05-02"),
        feature(3, "movement", {"type": "MultiLineString", "coordinates": [[[22, 6], [22, 9]], [[24, 6], [24, 9]]]}),
    ]}


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    require_browser()
    from playwright.sync_api import sync_playwright

    from geo.render.batch import render_batch_html

    html = tmp_path_factory.mktemp("bmap") / "map.html"
    html.write_text(render_batch_html(collection()), encoding="utf-8")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        pg = b.new_page(viewport={"width": 1000, "height": 700})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        pg.goto(html.as_uri())
        pg.wait_for_function("window.GEO_DRAWN === 4", timeout=15000)
        pg.errors = errors
        yield pg
        b.close()


def click_at(page, lon: float, lat: float) -> str | None:
    page.evaluate("() => { GEO.map.closePopup(); }")
    page.wait_for_function("!document.querySelector('.leaflet-popup')")  # gone after its fade
    x, y = page.evaluate(f"() => {{ const p = GEO.map.latLngToContainerPoint([{lat}, {lon}]); return [p.x, p.y]; }}")
    page.mouse.click(x, y)
    page.wait_for_timeout(150)
    return page.evaluate("() => { const p = document.querySelector('.leaflet-popup-content'); return p ? p.textContent : null; }")


@pytest.mark.parametrize(
    "lon,lat,title",
    [
        pytest.param(12, 12, "place 0", id="inside-an-area"),
        pytest.param(10, 12, "place 0", id="on-an-area-edge"),
        pytest.param(18, 12, "movement 1", id="on-a-line"),
        pytest.param(24, 7.5, "movement 3", id="on-the-second-part-of-a-multiline"),
        pytest.param(18, 6, "event 2", id="on-a-point"),
        pytest.param(18, 13.5, None, id="beside-a-line"),
        pytest.param(8, 8, None, id="nowhere"),
    ],
)
def test_a_click_opens_the_popup_of_what_is_under_it(page, lon, lat, title):
    text = click_at(page, lon, lat)
    if title is None:
        assert text is None
    else:
        assert text is not None and text.startswith(f"{title} {EVIL}")  # the markup shown as text
        assert "the ministry" in text
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("() => document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script').length") == 0
    assert page.errors == []


def test_lines_are_still_matched_after_the_view_moves(page):
    page.evaluate("() => { GEO.map.setView([12, 18], 7, {animate: false}); }")
    page.wait_for_timeout(200)
    assert (click_at(page, 18, 12) or "").startswith("movement 1")
    assert click_at(page, 18.4, 12) is None  # at this zoom, ~0.4° is far from the line
    page.evaluate("() => { GEO.map.fitBounds([[5, 9], [15, 25]], {animate: false}); }")
    page.wait_for_timeout(200)


def test_a_filtered_out_line_is_neither_drawn_nor_clicked(page):
    page.select_option("#geo-filter-outlet", index=1)  # outlet 0: features 0 and 2
    page.wait_for_function("window.GEO_DRAWN === 2")
    assert click_at(page, 18, 12) is None
    assert (click_at(page, 12, 12) or "").startswith("place 0")
    page.select_option("#geo-filter-outlet", index=0)
    page.wait_for_function("window.GEO_DRAWN === 4")
    assert (click_at(page, 18, 12) or "").startswith("movement 1")
