"""The map page on a desktop (1400x900) and a phone (390x844): layout, legend, fitting,
keyboard, accessible names, language, the slider rule, the usual web-map tools.

Screenshots go to build/browser/ (``page-desktop.png``, ``page-phone.png``); the ones in
docs/ were copied from there."""

from __future__ import annotations

import json

import pytest

from geo.cli import main
from tests.render.conftest import DESKTOP, SHOTS, open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# sentences written for these tests: two claimed movements on different days, far from Syria
TRAVEL = (
    "Selon le ministère, les soldats ont quitté Genève en direction de Moscou le 3 mars 2020.\n\n"
    "Le 9 mars 2020, selon la même source, des soldats ont quitté Moscou en direction de Washington.\n"
)
PHONE = {"width": 390, "height": 844}
SCREENS = [pytest.param(DESKTOP, id="desktop"), pytest.param(PHONE, id="phone")]


@pytest.fixture(scope="module")
def maps(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    art = root / "travel.txt"
    art.write_text(TRAVEL, encoding="utf-8")
    assert main(["--text", str(art), "--published", "2020-03-12", "--out", str(root / "travel")]) == 0
    assert main(["--out", str(root / "seed")]) == 0  # no --text: the seed article
    SHOTS.mkdir(parents=True, exist_ok=True)
    return {"travel": root / "travel" / "map.html", "seed": root / "seed" / "map.html"}


RECT = "el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }"

CLAIM_RECTS = """() => { const out = [];
  for (const id in GEO.registry) { if (!id.startsWith('movement:') && !id.startsWith('event:')) continue;
    for (const l of GEO.registry[id].layers) { const el = l._path || l._icon; if (!el) continue;
      const r = el.getBoundingClientRect(); out.push([id, r.left, r.top, r.right, r.bottom]); } }
  return out; }"""


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("viewport", SCREENS)
def test_layout_side_by_side_or_stacked(browser, maps, viewport):
    page = open_page(browser, maps["seed"], viewport)
    m = page.eval_on_selector(".folium-map", RECT)
    p = page.eval_on_selector("#geo-panel", RECT)
    w, h = viewport["width"], viewport["height"]
    if viewport is DESKTOP:
        assert m[0] == 0 and abs(m[2] - p[0]) <= 1  # side by side
        assert m[3] - m[1] >= h - 1 and p[3] - p[1] >= h - 1
        assert p[2] - p[0] >= 400 and m[2] - m[0] >= w / 2
    else:
        assert m[2] - m[0] >= w - 1 and p[2] - p[0] >= w - 20  # each the full width
        assert p[1] >= m[3] - 1  # the text below the map
        assert m[3] - m[1] >= 0.5 * h
        assert page.evaluate("document.getElementById('geo-legend').open") is False
    page.screenshot(path=str(SHOTS / f"page-{'desktop' if viewport is DESKTOP else 'phone'}.png"))
    page.close()


@pytest.mark.parametrize("viewport", SCREENS)
@pytest.mark.parametrize("which", ["travel", "seed"])
def test_legend_and_controls_keep_clear_of_the_fitted_claims(browser, maps, viewport, which):
    page = open_page(browser, maps[which], viewport)
    claims = page.evaluate(CLAIM_RECTS)
    assert claims
    legend = page.eval_on_selector("#geo-legend", RECT)
    mapbox = page.eval_on_selector(".folium-map", RECT)
    controls = page.eval_on_selector_all(".leaflet-top .leaflet-control", f"els => els.map({RECT})")
    # the map opens on what the story is about: a claim that stands for a whole country
    # (a one-ended movement at its centre, precise to hundreds of km) may lie outside —
    # the same rule as geo.render._bounds
    events = json.loads((maps[which].parent / "events.geojson").read_text(encoding="utf-8"))
    coarse = {f["properties"]["id"] for f in events["features"] if (f["properties"].get("precision_km") or 0) > 150}
    assert any(cid not in coarse for cid, *_ in claims)
    for cid, *r in claims:
        if cid in coarse:
            continue
        assert not _overlap(r, legend), (cid, r, legend)
        assert all(not _overlap(r, c) for c in controls), (cid, r, controls)
        # inside the map (an arrow's box may stick out a little)
        assert r[0] >= mapbox[0] - 10 and r[2] <= mapbox[2] + 10 and r[1] >= mapbox[1] - 10 and r[3] <= mapbox[3] + 10, (cid, r, mapbox)
    page.close()


def test_legend_folds_and_unfolds(browser, maps):
    page = open_page(browser, maps["seed"], PHONE)
    assert page.evaluate("document.getElementById('geo-legend').open") is False
    page.click("#geo-legend summary")
    assert page.evaluate("document.getElementById('geo-legend').open") is True
    page.close()
    page = open_page(browser, maps["seed"], DESKTOP)
    assert page.evaluate("document.getElementById('geo-legend').open") is True
    page.close()


def test_mentions_work_from_the_keyboard(browser, maps):
    page = open_page(browser, maps["travel"], DESKTOP)
    first = page.locator(".geo-mention").first
    assert first.get_attribute("tabindex") == "0" and first.get_attribute("role") == "button"
    fid = first.get_attribute("data-feature")
    # Tab reaches the mention
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('geo-mention')"):
            break
    assert page.evaluate("document.activeElement.getAttribute('data-feature')") == fid
    page.keyboard.press("Enter")
    page.wait_for_timeout(1200)
    assert page.locator(".leaflet-popup").count() == 1
    assert page.locator(f'.geo-mention.geo-selected[data-feature="{fid}"]').count() >= 1
    page.close()


def test_features_have_names_and_open_with_enter(browser, maps):
    page = open_page(browser, maps["travel"], DESKTOP)
    names = page.evaluate("""() => Object.entries(GEO.registry).map(([id, e]) =>
        [id, e.title, e.layers.some(l => { const el = l._path || l._icon;
            return el && el.getAttribute('aria-label') === e.title && el.getAttribute('tabindex') === '0'; })])""")
    assert names and all(ok for _, _, ok in names), [n for n in names if not n[2]]
    move = next(t for i, t, _ in names if i.startswith("movement:geneva->moscow"))
    shape = page.locator(f'[aria-label="{move}"]').first
    shape.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert move in page.locator(".leaflet-popup").inner_text()
    assert page.locator(".geo-sentence.geo-selected").count() >= 1
    page.close()


def test_language_title_and_interface_words(browser, maps):
    page = open_page(browser, maps["travel"], DESKTOP)
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.title().startswith("Carte des affirmations")
    assert "Légende" in page.locator("#geo-legend summary").inner_text()
    assert "Dates affirmées" in page.locator("#geo-time").inner_text()
    page.close()


@pytest.mark.parametrize(
    "which, slider",
    [pytest.param("travel", True, id="dates-differ"), pytest.param("seed", False, id="one-shared-range")],
)
def test_slider_only_when_dates_differ(browser, maps, which, slider):
    page = open_page(browser, maps[which], DESKTOP)
    assert page.locator("#geo-time").count() == (1 if slider else 0)
    page.close()


def test_web_map_tools_and_permalink(browser, maps):
    page = open_page(browser, maps["travel"], DESKTOP)
    assert page.locator(".leaflet-control-zoom-fullscreen").count() == 1
    # no measuring tool: its offline build speaks English only (the page speaks the article's language)
    assert page.locator(".leaflet-control-measure").count() == 0
    assert page.locator("#geo-download").get_attribute("href") == "events.geojson"
    page.evaluate("GEO.map.setView([48.5, 2.25], 7, {animate: false})")
    page.wait_for_timeout(200)
    url = page.url
    assert url.endswith("#7/48.5000/2.2500"), url
    page.close()
    shared = browser.new_page(viewport=DESKTOP)  # someone opens the link
    shared.goto(url)
    shared.wait_for_function("window.GEO && window.GEO.ready")
    center = shared.evaluate("[GEO.map.getZoom(), GEO.map.getCenter().lat, GEO.map.getCenter().lng]")
    assert center[0] == 7 and abs(center[1] - 48.5) < 0.01 and abs(center[2] - 2.25) < 0.01
    shared.close()


@pytest.mark.parametrize(
    "which, typed, opens",
    [
        pytest.param("seed", "passage de wadi", "passage de Wadi Al Sabha", id="place-by-its-start-any-case"),
        pytest.param("seed", "Euphrate", "Euphrate", id="exact-name-before-longer-ones"),
        pytest.param("seed", "l'armee : abu kamal", "l'armée : Abu Kamal → passage de Wadi Al Sabha", id="movement-accents-folded"),
        pytest.param("travel", "moscou", "Moscou", id="place-on-another-page"),
    ],
)
def test_search_box_finds_a_name_and_opens_its_popup(browser, maps, which, typed, opens):
    page = open_page(browser, maps[which], DESKTOP)
    box = page.locator("#geo-search-input")
    assert box.get_attribute("aria-label") == "Trouver un lieu ou un mouvement"  # both articles are French
    assert opens in page.eval_on_selector_all("#geo-search-list option", "os => os.map(o => o.value)")
    assert page.locator(".leaflet-popup").count() == 0
    box.click()
    box.press_sequentially(typed)
    box.press("Enter")
    page.wait_for_timeout(1200)
    popup = page.locator(".leaflet-popup")
    assert popup.count() == 1
    assert popup.inner_text().splitlines()[0].strip() == opens  # a popup opens with its feature's title
    assert page.locator("#geo-search-status").inner_text() == ""
    assert page.locator(".geo-sentence.geo-selected").count() >= 1
    page.close()


def test_search_box_says_when_nothing_matches(browser, maps):
    page = open_page(browser, maps["seed"], DESKTOP)
    box = page.locator("#geo-search-input")
    box.click()
    box.press_sequentially("<b>Atlantis</b>")
    box.press("Enter")
    page.wait_for_timeout(300)
    assert page.locator(".leaflet-popup").count() == 0
    assert page.locator("#geo-search-status").inner_text() == "Rien de ce nom"
    assert page.locator("#geo-search b").count() == 0
    page.close()
