"""One map a language, in a real browser (Chromium, network off): the places labelled (a
label hidden only where another took its room), no English word on a page in another
language, each claimant listed once, movements along the same places drawn apart.

The articles are short texts written for these tests (tests/data/pages/<lang>.txt)."""

from __future__ import annotations

import json
import re

import pytest

from geo.cli import main
from geo.render.i18n import LANGS
from tests.render.conftest import PAGES, SHOTS, Page, english_on

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    root = tmp_path_factory.mktemp("languages")
    out = {}
    for lang in LANGS:
        assert main(["--text", str(PAGES / f"{lang}.txt"), "--lang", lang, "--published", "2024-03-08",
                     "--source", "Le Courrier des Alpes", "--out", str(root / lang)]) == 0
        out[lang] = root / lang / "map.html"
    SHOTS.mkdir(parents=True, exist_ok=True)
    return out


#: every text a reader meets: the page's text, the titles and labels of its controls, and
#: every popup's content (opened or not)
SEEN = """() => {
  const parts = [document.body.innerText];
  document.querySelectorAll('[title], [aria-label], [placeholder]').forEach(el => {
    ['title', 'aria-label', 'placeholder'].forEach(a => { if (el.getAttribute(a)) parts.push(el.getAttribute(a)); });
  });
  for (const id in GEO.registry) for (const l of GEO.registry[id].layers) {
    const p = l.getPopup && l.getPopup(); if (!p) continue;
    const c = p.getContent(); parts.push(typeof c === 'string' ? c.replace(/<[^>]+>/g, ' ') : c.textContent);
    const t = l.getTooltip && l.getTooltip(); if (t) { const d = document.createElement('div'); d.innerHTML = t.getContent(); parts.push(d.textContent); }
  }
  return parts.join('\\n'); }"""

LABELS = """() => GEO.labels.filter(l => l.article).map(l => {
  const r = l.el.getBoundingClientRect(), by = l.by && GEO.labels.find(x => x.text === l.by && !x.hidden);
  const b = by ? by.el.getBoundingClientRect() : null;
  return {text: l.text, hidden: l.hidden, shown: getComputedStyle(l.el).visibility !== 'hidden' && r.width > 0,
          overlaps: !!b && r.left < b.right + 2 && b.left < r.right + 2 && r.top < b.bottom + 2 && b.top < r.bottom + 2}; })"""

PATHS = """() => { const out = {};
  for (const id in GEO.registry) { if (!id.startsWith('movement:')) continue;
    const line = GEO.registry[id].layers.find(l => l.getPopup && l.getPopup() && l._path);
    if (line) out[id] = line._path.getAttribute('d'); }
  return out; }"""


def _open(browser, html):
    page = Page(browser, html)
    page.wait_for_function("window.GEO.ready === true", timeout=5000)
    assert not page.errors, page.errors
    return page


@pytest.mark.parametrize("lang", [pytest.param(x, id=x) for x in LANGS])
def test_a_map_in_each_language(browser, pages, lang):
    page = _open(browser, pages[lang])
    fc = json.loads((pages[lang].parent / "events.geojson").read_text(encoding="utf-8"))
    text = (PAGES / f"{lang}.txt").read_text(encoding="utf-8")
    page.screenshot(path=str(SHOTS / f"language-{lang}.png"))

    # every place the article names has its label, shown, or hidden where another took its room
    labels = page.evaluate(LABELS)
    places = [f for f in fc["features"] if f["properties"]["kind"] == "place"]
    assert len(labels) == len(places) >= 2
    for label in labels:
        assert label["text"] in text  # the article's own spelling
        assert label["shown"] or (label["hidden"] == "collision" and label["overlaps"]), label
    assert any(label["shown"] for label in labels)

    # one language: no English interface word on a page in another language
    seen = page.evaluate(SEEN)
    if lang != "en":
        assert english_on(seen, lang, text) == [], lang

    # each claimant listed once, with its claims counted
    listed = page.eval_on_selector_all("#geo-claimants .geo-claimant", "els => els.map(e => e.textContent)")
    assert len(listed) == len(set(listed)) >= 2
    counts = page.eval_on_selector_all("#geo-claimants .geo-count", "els => els.map(e => e.textContent)")
    assert all(re.fullmatch(r"\(\d+ \S+\)", c) for c in counts), counts

    # movements along the same two places are drawn apart, each with its own arrows
    paths = page.evaluate(PATHS)
    ends: dict[tuple, list[str]] = {}
    for f in fc["features"]:
        g = f["geometry"]
        if f["properties"]["kind"] == "movement" and g["type"] == "LineString":
            ends.setdefault(tuple(sorted(map(tuple, (g["coordinates"][0], g["coordinates"][-1])))), []).append(f["properties"]["id"])
    shared = [ids for ids in ends.values() if len(ids) > 1]
    assert shared, "each article has movements along the same two places"
    for ids in shared:
        assert len({paths[i] for i in ids}) == len(ids), ids
    assert page.locator("textPath").count() >= sum(len(ids) for ids in shared)
    page.close()


def test_a_label_hidden_by_collision_comes_back_when_there_is_room(browser, tmp_path):
    from geo.render import save_map

    names = ["Ostbahnhof", "Westhafen", "Nordkirche", "Südmarkt", "Altstadt", "Neustadt", "Oberdorf", "Unterdorf", "Mitte"]
    feats = [{"type": "Feature", "properties": {"kind": "place", "id": f"p{i}", "name": n, "place_kind": "town",
                                                "mentions": [{"text": n, "start": 0, "end": len(n), "sentence": 0}]},
              "geometry": {"type": "Point", "coordinates": [5.0 + 0.002 * (i % 3), 45.0 + 0.002 * (i // 3)]}}
             for i, n in enumerate(names)]
    save_map({"type": "FeatureCollection", "geo": {"lang": "de"}, "features": feats}, tmp_path / "map.html")
    page = _open(browser, tmp_path / "map.html")
    crowded = page.evaluate("GEO.labels.filter(l => l.article).map(l => l.hidden)")
    assert "collision" in crowded and None in crowded  # nine names in a few pixels: some give way
    page.evaluate("GEO.map.setView([45.002, 5.002], 17, {animate: false})")
    page.wait_for_timeout(300)
    roomy = page.evaluate("GEO.labels.filter(l => l.article).map(l => l.hidden)")
    assert roomy == [None] * len(names)  # each back where there is room
    page.close()


def test_the_map_saves_as_a_png_offline(browser, pages):
    page = _open(browser, pages["de"])
    url = page.evaluate("new Promise(done => GEO.mapImage(done))")
    assert url.startswith("data:image/png;base64,") and len(url) > 5000
    assert page.locator("#geo-save-image").inner_text() == "Bild speichern (PNG)"
    page.close()


def test_print_puts_the_map_and_legend_first_and_hides_the_controls(browser, pages):
    page = _open(browser, pages["it"])
    page.emulate_media(media="print")
    page.wait_for_timeout(200)
    hidden = page.evaluate("['.leaflet-control-zoom', '#geo-search', '.geo-tools'].map(s => { const e = document.querySelector(s); return !e || e.getClientRects().length === 0; })")
    assert all(hidden)
    order = page.evaluate("['.folium-map', '#geo-legend', '#geo-panel'].map(s => document.querySelector(s).getBoundingClientRect().top)")
    assert order[0] < order[1] < order[2], order
    page.close()
