import copy
import re

import pytest

from geo.render import esc, make_map, render_html
from tests.conftest import of_kind

PAYLOAD = '<img src=x onerror="window.__pwned=1">'


def test_map_has_layers_for_every_kind(seed_fc):
    html = render_html(seed_fc)
    assert html.count("L.polyline(") >= len(of_kind(seed_fc, "movement"))
    assert "L.circleMarker(" in html
    assert "geo-legend" in html and "geo-header" in html
    assert "L.control.layers(" in html
    assert "arcgisonline" in html.lower() and "openstreetmap" in html.lower()  # satellite and streets


def test_html_is_byte_identical_across_runs(seed_fc):
    assert render_html(seed_fc) == render_html(copy.deepcopy(seed_fc))


def test_no_cdn_needed(seed_fc):
    html = render_html(seed_fc)
    assert not re.search(r'<script[^>]+src="https?://', html)
    assert not re.search(r'<link[^>]+href="https?://', html)


@pytest.mark.parametrize("field", ["name", "title", "quote", "claimant", "actor", "note", "status", "marker-color", "stroke"])
def test_every_value_is_escaped(seed_fc, field):
    fc = copy.deepcopy(seed_fc)
    for f in fc["features"]:
        f["properties"][field] = PAYLOAD
    fc["geo"]["source"] = PAYLOAD
    fc["geo"]["claimants"] = [PAYLOAD]
    html = render_html(fc)
    assert PAYLOAD not in html
    assert "&lt;img src=x" in html or field in ("marker-color", "stroke")


def test_esc():
    assert esc(None) == ""
    assert esc('"x"&<') == "&quot;x&quot;&amp;&lt;"


def test_make_map_fits_the_story_not_the_country(seed_fc):
    m = make_map(seed_fc)
    html = m.get_root().render()
    found = re.findall(r"map_\w+\.fitBounds\(\s*\[\[([\d.\-]+),\s*([\d.\-]+)\],\s*\[([\d.\-]+),\s*([\d.\-]+)\]\]", html)
    assert len(found) == 1
    south, west, north, east = map(float, found[0])
    assert north - south < 3 and east - west < 3  # Abu Kamal's region, not all of Syria


def test_names_that_are_not_places_are_marked_in_the_text(seed_fc):
    html = render_html(seed_fc)
    # the seed is French: so are the reasons
    assert re.search(r'<span class="geo-not-place" title="partie du nom d&#x27;un traité[^"]*">Genève</span>', html)
    assert re.search(r'<span class="geo-not-place" title="désigne un gouvernement[^"]*">Washington</span>', html)
    assert 'data-feature="abu-kamal"' in html


def _uncertain_fc(value: str = "Springfield") -> dict:
    """One place drawn as uncertain, with two runner-ups; ``value`` in every string."""
    props = {
        "kind": "place", "id": "geonames:1", "name": value, "title": value, "place_kind": "town", "precision_km": 3.0,
        "confidence": 0.2, "uncertain": True, "question": f"which {value}?", "quote": f"They reached {value}.",
        "candidates": [
            {"id": "geonames:2", "name": value, "country": "US", "country_name": f"{value} land", "region": f"{value} state",
             "population": 61_000},
            {"id": "geonames:3", "name": f"{value} Two", "country": "GB", "country_name": "United Kingdom", "population": 0},
        ],
        "mentions": [{"text": value, "start": 12, "end": 12 + len(value), "sentence": 0}],
    }
    return {"type": "FeatureCollection", "geo": {"lang": "en", "text": f"They reached {value}."},
            "features": [{"type": "Feature", "id": "geonames:1", "properties": props,
                          "geometry": {"type": "Point", "coordinates": [-89.65, 39.8]}}]}


def test_an_uncertain_place_is_dashed_asks_which_and_is_listed():
    html = render_html(_uncertain_fc())
    assert re.search(r'L\.circleMarker\(\s*\[39\.8, -89\.65\],\s*\{[^}]*"className": "geo-uncertain"[^}]*"dashArray": "3 3"', html)
    assert '<div class="geo-which"><b>which Springfield?</b>' in html  # the popup asks
    assert "<td>Springfield state</td><td>Springfield land</td><td>61,000</td>" in html
    assert "<td>Springfield Two</td><td></td><td>United Kingdom</td>" in html
    listed = re.search(r'<div id="geo-uncertain">(.*?)</div>', html)
    assert listed and 'data-feature="geonames:1"' in listed.group(1) and "which Springfield?" in listed.group(1)
    assert "Springfield (Springfield state, Springfield land)" in listed.group(1)
    assert "geo-legend-uncertain" in html


def test_a_certain_place_is_neither_dashed_nor_listed():
    fc = _uncertain_fc()
    props = fc["features"][0]["properties"]
    props["confidence"] = 0.9
    del props["uncertain"], props["question"]
    html = render_html(fc)
    assert '"geo-uncertain"' not in html and 'id="geo-uncertain"' not in html and 'class="geo-which"' not in html


def test_an_uncertain_place_escapes_every_value():
    html = render_html(_uncertain_fc(PAYLOAD))
    assert PAYLOAD not in html
    assert "&lt;img src=x" in html


IMPORT_CHECK = """
import sys, branca, branca.element, jinja2
before = {k: v for k, v in sys.modules.items()}
template = branca.element.Template
import {module}
changed = sorted(k for k, v in before.items() if sys.modules.get(k) is not v)
new_none = sorted(k for k, v in sys.modules.items() if v is None and k not in before)
heavy = sorted(k for k in ("offlinefolium", "folium", "pandas", "geopandas") if k in sys.modules and k not in before)
print(changed, new_none, heavy, branca.element.Template is template is jinja2.Template)
"""


@pytest.mark.parametrize("module", ["geo", "geo.render"], ids=["import-geo", "import-geo.render"])
def test_importing_geo_changes_nothing_in_branca_or_sys_modules(module):
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = subprocess.run([sys.executable, "-c", IMPORT_CHECK.replace("{module}", module)],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout.strip()
    assert out == "[] [] [] True"


def test_rendering_leaves_branca_as_it_was(seed_fc):
    import branca.element
    import jinja2

    from geo.render import _templates

    render_html(seed_fc)
    assert branca.element.Template is jinja2.Template
    # within geo's call only, and on a branca this was checked against: an upgrade fails here
    # until the pages are compared both ways on it (tests/render/test_page_same_as_replaced.py)
    assert branca.__version__ in _templates.BRANCA_VERSIONS
    with pytest.raises(RuntimeError), _templates.plain_text_elements():
        assert branca.element.Template is _templates.template
        raise RuntimeError("undone even when the render fails")
    assert branca.element.Template is jinja2.Template


def test_folium_still_takes_dataframes_after_geo_rendered(seed_fc):
    import pandas as pd
    from offlinefolium.utilities import validate_locations

    render_html(seed_fc)
    assert validate_locations(pd.DataFrame({"lat": [1.5], "lon": [2.5]})) == [[1.5, 2.5]]


@pytest.mark.parametrize("token", [
    "9e107d9d372bb6826bd81d3542a419d6",  # an MD5
    "123e4567e89b12d3a456426614174000",  # a UUID without its dashes
    "00000000000000000000000000000002",  # what the ids are renamed to
], ids=["md5", "uuid", "renamed-id"])
def test_a_hex_token_in_the_article_survives_in_the_page(seed_fc, token):
    fc = copy.deepcopy(seed_fc)
    text = fc["geo"]["text"]
    fc["geo"]["text"] = text + f" Checksum {token}."
    fc["geo"]["source"] = f"upload {token}"
    html = render_html(fc)
    assert f"Checksum {token}." in html and f"upload {token}" in html
    # and folium's ids are still renamed: the same page twice, no random id left
    assert html == render_html(copy.deepcopy(fc))
    ids = set(re.findall(r"\b(?:map|poly_line|popup|feature_group)_([0-9a-f]{32})\b", html))
    assert ids and all(i.startswith("0000000000000000") for i in ids)


def _square(pid, x0):
    return {"type": "Feature", "properties": {"kind": "place", "id": pid, "name": pid, "place_kind": "country"},
            "geometry": {"type": "Polygon", "coordinates": [[[x0, 0], [x0 + 2, 0], [x0 + 2, 2], [x0, 2], [x0, 0]]]}}


def test_a_movement_between_bordering_areas_ends_at_their_border():
    from geo.render.layers import ends_at_borders

    move = {"type": "Feature", "properties": {"kind": "movement", "id": "m", "from": "a", "to": "b"},
            "geometry": {"type": "LineString", "coordinates": [[1.0, 1.0], [3.0, 1.0]]}}
    far = {"type": "Feature", "properties": {"kind": "movement", "id": "n", "from": "a", "to": "c"},
           "geometry": {"type": "LineString", "coordinates": [[1.0, 1.0], [11.0, 1.0]]}}
    out = {f["properties"]["id"]: f for f in ends_at_borders([_square("a", 0), _square("b", 2), _square("c", 10), move, far])}
    (x0, y0), (x1, y1) = out["m"]["geometry"]["coordinates"]
    assert (x0, y0) == (1.0, 1.0) and abs(x1 - 2.0) <= 0.05 and abs(y1 - 1.0) < 1e-6  # at the shared border
    assert out["n"]["geometry"]["coordinates"] == [[1.0, 1.0], [11.0, 1.0]]  # no shared border: as drawn
    assert move["geometry"]["coordinates"] == [[1.0, 1.0], [3.0, 1.0]]  # the collection is not changed


def test_movements_along_the_same_places_get_their_own_lanes():
    from geo.render.layers import route_offsets

    def line(fid, a, b):
        return {"properties": {"kind": "movement", "id": fid}, "geometry": {"type": "LineString", "coordinates": [a, b]}}

    lanes = route_offsets([line("x", [0, 0], [1, 1]), line("y", [1, 1], [0, 0]), line("z", [0, 0], [1, 1]), line("w", [4, 4], [5, 5])])
    assert "w" not in lanes  # alone on its way: drawn on its path
    # relative to one direction, each its own lane (a reversed line's offset is to its own left)
    assert len({lanes["x"], -lanes["y"], lanes["z"]}) == 3


def test_labels_and_claimant_names_are_escaped(seed_fc):
    fc = copy.deepcopy(seed_fc)
    for f in fc["features"]:
        for m in f["properties"].get("mentions") or []:
            m["text"] = PAYLOAD  # a label is the first mention as written
        if f["properties"]["kind"] != "place":
            f["properties"]["claimant"] = PAYLOAD
            f["properties"]["event_type"] = PAYLOAD
    fc["geo"]["unmapped"] = [{"quote": PAYLOAD, "reason": PAYLOAD, "claimant": PAYLOAD}]
    html = render_html(fc)
    assert PAYLOAD not in html
    assert "\\u003cimg src=x onerror=" in html  # in GEO_LABELS, as a JSON string nothing reads as HTML
