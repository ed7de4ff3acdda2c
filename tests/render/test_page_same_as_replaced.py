"""Speed changes of the page (``geo.render``) give the same output as the code they replaced
(the speed itself is measured by ``bench/run.py``, never here): elements rendered as plain
text, the context layers cached and cut, folium's ids renumbered; and ``import geo`` loads
neither folium nor pandas."""

import re
import subprocess
import sys
from unittest.mock import patch

import pytest

from tests.conftest import ROOT


def test_import_geo_imports_neither_geopandas_nor_folium():
    code = ("import sys, geo; bad = [m for m in ('geopandas', 'folium', 'offlinefolium', 'pandas') if m in sys.modules];"
            "print(','.join(bad) or 'none')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout.strip()
    assert out == "none"


def test_page_is_the_same_without_re_templating():
    """Elements rendered as plain text (no second Jinja compile) give the same page, also
    when the article carries template syntax."""
    from geo.extract.pipeline import extract
    from geo.render import _templates, render_html

    text = ("Selon l'armée, les combattants ont quitté Raqqa vers Palmyre le 3 novembre. "
            "Des frappes ont visé Deir ez-Zor {{ 7*7 }} {% raw %} {# x #}.\r\nFin.")
    fc = extract(text, "2017-11-14", "fr")
    fast = render_html(fc)
    # the same page with branca's re-templating: no plain-text elements inside the call
    with patch.object(_templates, "BRANCA_VERSIONS", ()):
        slow = render_html(fc)
    assert fast == slow
    assert "&#123;&#123; 7*7 &#125;&#125;" in fast


@pytest.mark.slow
def test_context_layers_from_the_cache_are_the_decoded_ones(tmp_path, monkeypatch):
    from geo.render import context

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    context.context_data.cache_clear()
    try:
        decoded = context.context_layers((40.5, 34.0, 41.5, 35.0))
        assert context.cache_path().exists()
        context.context_data.cache_clear()
        cached = context.context_layers((40.5, 34.0, 41.5, 35.0))
    finally:
        context.context_data.cache_clear()
    assert cached == decoded
    assert len(decoded["towns"]["features"]) > 10 and decoded["rivers"]["features"] and decoded["borders"]["features"]


def _reference_layers(bounds, margin=2.0):
    """The context borders and rivers as they were cut before issue 14 (full outlines cut,
    then borders simplified by 0.005 degree; rivers as they are; 0.001 degree grid)."""
    import numpy as np
    import shapely
    from shapely.geometry import box, mapping

    from geo.render.context import context_data

    data = context_data()
    minx, miny, maxx, maxy = bounds
    area = box(minx - margin, miny - margin, maxx + margin, maxy + margin)
    borders = []
    for name, wkb in zip(data.country_names, data.country_wkb, strict=True):
        outline = shapely.simplify(shapely.from_wkb(wkb).intersection(area), 0.005)
        if not outline.is_empty:
            borders.append({"type": "Feature", "properties": {"name": name}, "geometry": mapping(shapely.set_precision(outline, 0.001))})
    rivers = []
    for i in range(len(data.river_start) - 1):
        part = shapely.LineString(data.river_coords[data.river_start[i] : data.river_start[i + 1]]).intersection(area)
        if not part.is_empty:
            rivers.append({"type": "Feature", "properties": {"name": "river"}, "geometry": mapping(shapely.set_precision(part, 0.001))})
    assert isinstance(data.river_coords, np.ndarray)
    return borders, rivers


@pytest.mark.slow
@pytest.mark.parametrize("bounds", [
    pytest.param((40.5, 34.0, 41.5, 35.0), id="the-seed's-story"),
    pytest.param((36.0, 33.0, 39.5, 36.5), id="a-few-degrees"),
])
def test_context_of_a_small_map_is_cut_as_before(bounds):
    from geo.render.context import context_layers

    layers = context_layers(bounds)
    borders, rivers = _reference_layers(bounds)
    assert layers["borders"]["features"] == borders and borders
    assert layers["rivers"]["features"] == rivers and rivers


def test_context_of_a_world_map_is_simplified_to_its_zoom():
    """A story spanning the world: borders and rivers still there, written on a 0.1 degree
    grid, with far fewer points than at full resolution."""
    import shapely
    from shapely.geometry import shape

    from geo.render.context import context_layers

    layers = context_layers((-120.0, -30.0, 120.0, 60.0))
    assert len(layers["borders"]["features"]) > 100 and len(layers["rivers"]["features"]) > 100
    coords = [shapely.get_coordinates(shape(f["geometry"])) for k in ("borders", "rivers") for f in layers[k]["features"]]
    points = sum(len(c) for c in coords)
    assert points < 60_000
    assert all(abs(v * 10 - round(v * 10)) < 1e-6 for c in coords for v in c.ravel())


def test_stable_ids_renumber_as_before():
    import random

    from geo.render import stable_ids

    rnd = random.Random(3)
    hexes = ["".join(rnd.choice("0123456789abcdef") for _ in range(n)) for n in (31, 32, 32, 33, 64, 5)]
    parts = []
    for _ in range(300):
        h = rnd.choice(hexes)
        parts.append(rnd.choice(["map_", "var x_", " ", "#", "g", "0", "\n", ""]) + h)
    page = "".join(parts)
    ids = {}
    old = re.sub(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])", lambda m: ids.setdefault(m.group(), f"{len(ids) + 1:032x}"), page)
    assert stable_ids(page, {h for h in hexes if len(h) == 32}) == old
    assert "00000000000000000000000000000001" in old


def test_batch_page_renumbers_folium_ids_but_not_the_data():
    import json as _json

    from geo.render.batch import render_batch_html

    hex_id = "0123456789abcdef0123456789abcdef"
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kind": "place", "id": hex_id, "name": "A"}, "geometry": {"type": "Point", "coordinates": [40.9, 34.4]}},
    ]}
    page = render_batch_html(fc)
    data = page.split('<script type="application/json" id="geo-data">', 1)[1].split("</script>", 1)[0]
    assert _json.loads(data)["features"][0]["properties"]["id"] == hex_id
    assert "map_00000000000000000000000000000001" in page
    assert render_batch_html(fc) == page
