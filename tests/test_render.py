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
