"""The map in a real browser: Debian's Chromium driven by Playwright, from file://, with
the network blocked (the page must work offline). Screenshots go to build/browser/."""

import copy
import json

import pytest

from geo.cli import main
from geo.io import save_geojson
from tests.conftest import ROOT, SEED
from tests.render.conftest import SHOTS, Page

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def seed_html():
    out = ROOT / "build" / "seed"
    assert main(["--out", str(out), "--overwrite"]) == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    return out / "map.html"


DRAWN = """() => { const r = GEO.registry, out = {};
  for (const id in r) out[id] = r[id].layers.every(l => {
     const p = l._path || l._icon || (l.getLayers && l.getLayers().every(x => x._path));
     return !!p && (!l._path || l._path.getAttribute('d') !== 'M0 0'); });
  return out; }"""


def test_offline_map_draws_every_feature_and_context(browser, seed_html):
    page = Page(browser, seed_html)
    fc = json.loads((seed_html.parent / "events.geojson").read_text(encoding="utf-8"))
    drawn = page.evaluate(DRAWN)
    assert set(drawn) == {f["properties"]["id"] for f in fc["features"]}
    assert all(drawn.values()), [k for k, v in drawn.items() if not v]
    # context layers from the bundled data: country borders, rivers, towns
    assert page.locator('path[stroke="#777"]').count() >= 2
    assert page.locator('path[stroke="#7fb8dc"]').count() >= 5
    assert page.locator('path[stroke="#666"]').count() >= 10
    assert page.blocked  # tiles were asked for and refused: the page worked without them
    assert page.locator("#geo-legend").is_visible()
    header = page.locator("#geo-header").inner_text()
    assert "Défense russe" in header and "2017-11-14" in header and "fr" in header
    assert page.locator(".geo-mention").count() >= 12
    page.screenshot(path=str(SHOTS / "seed-offline.png"))
    assert page.errors == [] and page.dialogs == []
    page.close()


def test_clicking_a_mention_flies_to_its_feature_and_opens_it(browser, seed_html):
    page = Page(browser, seed_html)
    page.locator('.geo-mention[data-feature="wadi-al-sabha-crossing"]').first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    assert "Wadi Al Sabha crossing" in popup.inner_text()
    # in the seed's language: a location inferred, about 14.2 km
    assert "déduite" in popup.inner_text() and "environ 14.2 km" in popup.inner_text()
    page.wait_for_timeout(700)
    center = page.evaluate("[GEO.map.getCenter().lat, GEO.map.getCenter().lng]")
    assert abs(center[0] - 34.53) < 0.3 and abs(center[1] - 41.05) < 0.3
    page.screenshot(path=str(SHOTS / "mention-click.png"))
    assert page.errors == []
    page.close()


def test_clicking_a_feature_highlights_its_sentences_and_shows_its_popup(browser, seed_html):
    page = Page(browser, seed_html)
    # Abu Kamal at the centre of the map: clear of the legend, however many claimants it lists
    page.evaluate("() => { GEO.map.setView(GEO.registry['abu-kamal'].layers[0].getLatLng(), 12); }")
    page.wait_for_timeout(400)
    marker = page.evaluate("""() => { const l = GEO.registry['abu-kamal'].layers[0];
        const r = l._path.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }""")
    page.mouse.click(*marker)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    # in the seed's language (the gazetteer's English provenance is left to the GeoJSON)
    assert "Abu Kamal" in popup.inner_text() and "ville" in popup.inner_text() and "environ 2 km" in popup.inner_text()
    selected = page.locator(".geo-sentence.geo-selected")
    assert selected.count() >= 3
    assert all("Abu Kamal" in selected.nth(i).inner_text() for i in range(selected.count()))
    page.screenshot(path=str(SHOTS / "feature-click.png"))
    assert page.errors == []
    page.close()


def test_movement_popup_says_who_claims_what_and_when(browser, seed_html):
    page = Page(browser, seed_html)
    page.evaluate("GEO.focus('movement:abu-kamal->wadi-al-sabha-crossing@s5')")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    text = popup.inner_text()
    # the sentence names no source: the article states it in its own voice (the lead
    # sentence's source speaks for its own paragraph only), and the page says whose article
    # it is — the seed's sidecar names the ministry's statement as its source
    assert "Selon\tl'article" in text and "2017-11-06 → 2017-11-12" in text
    assert "affirmé" in text and "quitter Abu Kamal" in text
    assert "Défense russe" in page.locator("body").inner_text()
    page.close()


def test_time_slider_hides_features_outside_the_range(browser, tmp_path, seed_html):
    fc = json.loads((seed_html.parent / "events.geojson").read_text(encoding="utf-8"))
    early = "event:capture@abu-kamal@s3"
    for f in fc["features"]:
        if f["properties"]["id"] == early:
            f["properties"]["date_start"] = f["properties"]["date_end"] = "2017-10-20"
    src = tmp_path / "dated.geojson"
    save_geojson(fc, src)
    assert main(["--geojson", str(src), "--out", str(tmp_path / "dated")]) == 0
    page = Page(browser, tmp_path / "dated" / "map.html")
    on = """id => GEO.registry[id].layers.some(l => GEO.map.hasLayer(l))"""
    assert page.evaluate(f"({on})('{early}')") is True
    state = page.evaluate(f"""() => {{ const on = {on};
        const to = document.getElementById('geo-time-to'); to.value = to.min; to.dispatchEvent(new Event('input'));
        const a = [on('{early}'), on('movement:abu-kamal->wadi-al-sabha-crossing@s5'), on('abu-kamal'),
                   document.getElementById('geo-time-label').textContent];
        const from = document.getElementById('geo-time-from'); from.value = from.max; to.value = to.max;
        from.dispatchEvent(new Event('input'));
        return a.concat([on('{early}'), on('movement:abu-kamal->wadi-al-sabha-crossing@s5')]); }}""")
    assert state[:3] == [True, False, True]  # only October shown; places have no dates: always shown
    assert "2017-10-20 au 2017-10-20" in state[3]  # the interface speaks the article's language
    assert state[4:] == [False, True]  # only 12 November: the October capture is hidden
    page.screenshot(path=str(SHOTS / "time-slider.png"))
    page.close()


PAYLOADS = [
    '<img src=x onerror="window.__xss=1;alert(1)">', "<script>window.__xss=1;alert(2)</script>",
    '<svg onload="window.__xss=1;alert(3)">', '"><script>alert(4)</script>', "'><img src=x onerror=alert(5)>",
    "</script><script>alert(6)</script>", '<iframe src="javascript:alert(7)"></iframe>', '<a href="javascript:alert(8)">x</a>',
    '<body onload=alert(9)>', '<details open ontoggle=alert(10)>', '<video><source onerror="alert(11)">',
    '<input autofocus onfocus=alert(12)>', '<marquee onstart=alert(13)>', '<object data="javascript:alert(14)">',
    '<embed src="javascript:alert(15)">', '<math><mtext><img src=x onerror=alert(16)>', "${alert(17)}", "`;alert(18);`",
    "{{constructor.constructor('alert(19)')()}}", '<div style="background:url(javascript:alert(20))">',
    "javascript:alert(21)", '<img src="x" onerror="&#97;lert(22)">', "<ScRiPt>alert(23)</ScRiPt>",
    '<svg><script>alert(24)</script></svg>', "<!--<script>alert(25)</script>-->", '<form action="javascript:alert(26)"><input type=submit>',
    '<isindex action=javascript:alert(27) type=image>', '<link rel=import href="data:text/html,<script>alert(28)</script>">',
    "\u2028alert(29)\u2029", '<table background="javascript:alert(30)">', '<img src=x:alert(31) onerror=eval(src)>',
    "</style><img src=x onerror=alert(32)>", '<base href="javascript:alert(33)//">', '"-alert(34)-"', "'-alert(35)-'",
]


def _poison(value, i):
    return f"{value} {PAYLOADS[i % len(PAYLOADS)]}"


def test_script_payloads_never_run(browser, tmp_path):
    # an article full of payloads, through the whole pipeline
    text = SEED.read_text(encoding="utf-8")
    sentences = text.split(". ")
    poisoned = ". ".join(s + " " + PAYLOADS[i % len(PAYLOADS)] for i, s in enumerate(sentences))
    art = tmp_path / "evil.txt"
    art.write_text(poisoned + "\n" + "\n".join(PAYLOADS), encoding="utf-8")
    out = tmp_path / "evil"
    assert main(["--text", str(art), "--published", "2017-11-14", "--lang", "fr", "--source", PAYLOADS[0], "--out", str(out)]) == 0
    # and a GeoJSON with a payload in every string property, the metadata and the text
    fc = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    evil = copy.deepcopy(fc)
    n = 0
    for f in evil["features"]:
        for k, v in list(f["properties"].items()):
            if isinstance(v, str) and k not in ("kind", "id", "from", "to", "place", "status", "date_start", "date_end"):
                f["properties"][k] = _poison(v, n)
                n += 1
        f["properties"]["extra <b>key</b>"] = PAYLOADS[n % len(PAYLOADS)]
        for m in f["properties"].get("mentions") or []:  # the labels are the mentions as written
            if isinstance(m, dict):
                m["text"] = _poison(m.get("text"), n)
    evil["geo"]["claimants"] = PAYLOADS[:5]
    evil["geo"]["mentioned"] = [{"text": p, "reason": p} for p in PAYLOADS[5:10]]
    evil["geo"]["unmapped"] = [{"quote": p, "reason": p} for p in PAYLOADS[10:15]]
    evil_path = tmp_path / "evil.geojson"
    save_geojson(evil, evil_path)
    assert main(["--geojson", str(evil_path), "--out", str(tmp_path / "evil2")]) == 0
    assert n >= 30
    for html in (out / "map.html", tmp_path / "evil2" / "map.html"):
        page = Page(browser, html)
        for mention in page.locator(".geo-mention").all()[:5]:
            mention.click()
        page.evaluate("Object.keys(GEO.registry).forEach(id => GEO.focus(id))")
        page.wait_for_timeout(800)
        assert page.dialogs == []
        assert page.evaluate("window.__xss") is None
        assert "alert(" in page.locator("#geo-panel").inner_text()  # shown as text, not run
        if html.parent.name == "evil2":  # the labels show the payloads as text
            assert page.evaluate("GEO.labels.some(l => l.text.includes('alert(') && l.el.textContent === l.text)")
            assert page.evaluate("document.querySelectorAll('.geo-label img, .geo-label script, .geo-label svg').length") == 0
        page.screenshot(path=str(SHOTS / f"payloads-{html.parent.name}.png"))
        page.close()


def synthetic_collection(n: int, payload: str = "") -> dict:
    """n features around Syria and Iraq: points (places, events) and movement lines."""
    import random

    rnd = random.Random(n)
    feats = []
    for i in range(n):
        lon, lat = 38 + 6 * rnd.random(), 32 + 5 * rnd.random()
        kind = ("place", "event", "movement")[i % 3]
        props = {"kind": kind, "id": f"f{i}", "name": f"place {i}{payload}", "outlet": f"outlet {i % 7}{payload}",
                 "claimant": f"claimant {i % 3}{payload}", "status": "claimed", "quote": f"quote {i}{payload}",
                 "date_start": f"2017-11-{1 + i % 28:02d}", "date_end": f"2017-11-{1 + i % 28:02d}"}
        if kind == "movement":
            geom = {"type": "LineString", "coordinates": [[lon, lat], [lon + 0.3, lat + 0.2]]}
        else:
            geom = {"type": "Point", "coordinates": [lon, lat]}
        feats.append({"type": "Feature", "id": f"f{i}", "properties": props, "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}


def test_combined_map_with_many_features_draws_and_filters(browser, tmp_path):
    from geo.render.batch import render_batch_html

    html = tmp_path / "big.html"
    fc = synthetic_collection(20_000, PAYLOADS[0])
    html.write_text(render_batch_html(fc), encoding="utf-8")
    page = Page(browser, html)
    page.wait_for_function("window.GEO_DRAWN === 20000", timeout=30000)
    assert page.locator(".marker-cluster").count() > 0
    assert page.locator("canvas").count() >= 1
    first = sorted({f["properties"]["outlet"] for f in fc["features"]})[0]
    same = [f["properties"] for f in fc["features"] if f["properties"]["outlet"] == first]
    page.select_option("#geo-filter-outlet", index=1)
    page.wait_for_function("window.GEO_DRAWN < 20000")
    assert page.evaluate("window.GEO_DRAWN") == len(same)
    page.fill("#geo-filter-from", "2017-11-05")
    page.fill("#geo-filter-to", "2017-11-05")
    page.dispatch_event("#geo-filter-to", "change")
    # places have no dates and stay; claims only on that day
    assert page.evaluate("window.GEO_DRAWN") == len([p for p in same if p["kind"] == "place" or p["date_start"] == "2017-11-05"])
    page.evaluate("() => { GEO.map.setView([34.5, 41], 12); }")
    page.screenshot(path=str(SHOTS / "combined-20k.png"))
    assert page.dialogs == [] and page.evaluate("window.__xss") is None
    assert page.errors == []
    page.close()
