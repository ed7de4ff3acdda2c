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
    assert re.search(r'<span class="geo-not-place" title="part of a treaty[^"]*">Genève</span>', html)
    assert re.search(r'<span class="geo-not-place" title="stands for a government[^"]*">Washington</span>', html)
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
    # until the pages are compared both ways on it (tests/test_speed_equivalence.py)
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
