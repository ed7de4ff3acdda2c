"""The combined page of a large corpus (issue 24 item 5): aggregated layers, filters, links
to the articles; in Chromium on a generated corpus past the size where the page aggregates."""

import json
import re

import pytest

from geo.render import aggregate
from geo.render.batch import render_batch_html
from tests.conftest import CHROMIUM, require_browser

EVIL = '</script><img src=x onerror="window.PWNED=1">'
TOWNS = [(f"geonames:{900 + i}", f"Town {i}", 34.0 + (i % 10) * 0.7, 31.0 + (i // 10) * 0.6) for i in range(40)]


def corpus(n):
    """``n`` features as a combined corpus tags them: 10 a article, a third each places,
    events and movements; the first outlet is a script injection."""
    feats = []
    for i in range(n):
        key = f"{i // 10:016x}"
        outlet = EVIL if i // 10 == 0 else f"outlet {i // 10 % 9}"
        t, u = TOWNS[(i * 7) % len(TOWNS)], TOWNS[(i * 3) % 5]
        p = {"kind": ("place", "event", "movement")[i % 3], "id": f"{key}/f{i}", "article": key, "outlet": outlet}
        if p["kind"] == "place":
            p["name"] = t[1]
            p["id"] = f"{key}/{t[0]}"  # (7 is prime to 40: an article's places are distinct towns)
            geom = {"type": "Point", "coordinates": [t[2], t[3]]}
        else:
            day = f"2020-{1 + i % 12:02d}-{1 + i % 27:02d}"
            p.update(claimant=EVIL if i % 11 == 0 else f"claimant {i % 4}", status="claimed", date_start=day, date_end=day)
            if p["kind"] == "event":
                p["place"] = f"{key}/{t[0]}"
                geom = {"type": "Point", "coordinates": [t[2], t[3]]}
            else:
                p["from"], p["to"] = f"{key}/{t[0]}", f"{key}/{u[0]}"
                geom = {"type": "LineString", "coordinates": [[t[2], t[3]], [u[2], u[3]]]}
        feats.append({"type": "Feature", "id": p["id"], "properties": p, "geometry": geom})
    return {"type": "FeatureCollection", "geo": {"articles": {}}, "features": feats}


def test_past_the_size_the_page_aggregates():
    small, large = corpus(300), corpus(aggregate.MAX_FEATURES + 30)
    assert 'id="geo-aggregate"' not in render_batch_html(small)
    html = render_batch_html(large)
    assert 'id="geo-aggregate"' in html and 'id="geo-data"' not in html
    assert aggregate.wanted(10, aggregate.MAX_BYTES + 1) and not aggregate.wanted(aggregate.MAX_FEATURES, 10)


def test_counts_by_place_and_pair():
    fc = corpus(600)
    agg = aggregate.Aggregator()
    agg.add(fc["features"])
    data = agg.data()
    rows = [data["rows"][i:i + len(aggregate.COLUMNS)] for i in range(0, len(data["rows"]), len(aggregate.COLUMNS))]
    assert len(rows) == 600 == data["features"]
    col = {c: i for i, c in enumerate(aggregate.COLUMNS)}
    # every event at Town 0 counted at its one place; every movement Town 0 -> Town 0 at one pair
    town0 = [r[col["place"]] for r, f in zip(rows, fc["features"], strict=True)
             if f["properties"].get("place", "").endswith("/geonames:900")]
    assert len(set(town0)) == 1 and data["places"][town0[0]][:2] == [34.0, 31.0]
    pairs = {r[col["pair"]] for r, f in zip(rows, fc["features"], strict=True) if f["properties"]["kind"] == "movement"
             and f["properties"]["from"].endswith("/geonames:900") and f["properties"]["to"].endswith("/geonames:900")}
    assert len(pairs) == 1
    assert len(data["articles"]) == 60 and set(data["outlets"]) == {EVIL, *(f"outlet {i}" for i in range(1, 9)), "outlet 0"}


def test_every_value_in_the_page_is_escaped():
    html = render_batch_html(corpus(aggregate.MAX_FEATURES + 30))
    block = re.search(r'<script type="application/json" id="geo-aggregate">(.*?)</script>', html, re.S)
    assert block is not None
    assert "<img" not in block.group(1) and EVIL in json.loads(block.group(1))["outlets"]
    assert EVIL not in html and "<img src=x" not in html


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    require_browser()
    from playwright.sync_api import sync_playwright

    path = tmp_path_factory.mktemp("aggregate") / "map.html"
    fc = corpus(aggregate.MAX_FEATURES + 5_000)
    path.write_text(render_batch_html(fc), encoding="utf-8")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        pg = b.new_page(viewport={"width": 1400, "height": 900})
        errors = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        pg.goto(path.as_uri())
        pg.wait_for_function(f"window.GEO_DRAWN === {len(fc['features'])}", timeout=60_000)
        yield pg, fc, errors
        b.close()


@pytest.mark.browser
@pytest.mark.slow
def test_clicking_a_place_lists_its_articles_with_links(page):
    pg, fc, errors = page
    busiest = pg.evaluate("""() => {
        var d = GEO.drawn().places.slice().sort(function (a, b) { return b.count - a.count; })[0];
        var q = GEO.map.latLngToContainerPoint(d.marker.getLatLng()), r = GEO.map.getContainer().getBoundingClientRect();
        return {x: q.x + r.left, y: q.y + r.top, count: d.count, name: GEO.data.places[d.index][2]};
    }""")
    pg.mouse.click(busiest["x"], busiest["y"])
    pg.wait_for_selector(".leaflet-popup-content a", timeout=5000)
    text = pg.inner_text(".leaflet-popup-content")
    assert busiest["name"] in text and f"{busiest['count']} feature(s)" in text
    hrefs = pg.eval_on_selector_all(".leaflet-popup-content a", "els => els.map(e => e.getAttribute('href'))")
    assert hrefs and all(re.fullmatch(r"articles/[0-9a-f]{16}/events\.geojson", h) for h in hrefs)
    assert not errors and pg.evaluate("window.PWNED") is None


@pytest.mark.browser
@pytest.mark.slow
def test_a_filter_recounts_the_page(page):
    pg, fc, errors = page
    value = pg.eval_on_selector_all("#geo-filter-outlet option", "els => els.map(e => [e.value, e.textContent])")
    index, label = next(v for v in value if v[1] == "outlet 3")
    pg.select_option("#geo-filter-outlet", index)
    expected = sum(f["properties"]["outlet"] == "outlet 3" for f in fc["features"])
    pg.wait_for_function(f"window.GEO_DRAWN === {expected}", timeout=10_000)
    assert pg.text_content("#geo-count") == f"{expected} of {len(fc['features'])} features"
    # the injected outlet is an option's text, never markup
    assert EVIL[:40] + "…" in [v[1] for v in value] and pg.evaluate("window.PWNED") is None and not errors
