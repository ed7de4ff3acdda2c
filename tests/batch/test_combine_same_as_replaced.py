"""The batch combine's speed changes (issue 14) give what the code they replaced gave, byte
for byte: the context layers read from arrays of geometries (not one ``mapping`` each), their
JSON written from the coordinates, the combined page built in two halves around its data,
and the combined files written from the bytes the workers encoded. The replaced code is kept
here as the reference (the speed is measured by ``bench/run.py``, never here)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import box, mapping

from geo import batch
from geo.io.edits import fingerprint, stamp_meta
from geo.render import context

# ------------------------------------------------------------------ context layers


def _old_context_layers(bounds, margin=2.0):
    """``context_layers`` before: each outline and river cut, then rounded and mapped alone."""
    data = context.context_data()
    minx, miny, maxx, maxy = bounds
    x0, y0, x1, y1 = minx - margin, miny - margin, maxx + margin, maxy + margin
    area = box(x0, y0, x1, y1)
    tol = context.tolerance(bounds)
    grid = context._grid(tol)

    def rounded(g):
        return mapping(shapely.set_precision(g, grid))

    borders = []
    hits = context._meets(data.country_bbox, x0, y0, x1, y1)
    level = max((i for i, lv in enumerate(context.LEVELS) if lv <= tol / 4), default=None)
    outlines = shapely.from_wkb((data.country_wkb if level is None else data.country_levels[level])[hits])
    wide = tol > 0.005
    if wide:
        outlines = shapely.simplify(outlines, tol, preserve_topology=False)
    for i, part in zip(hits, shapely.intersection(outlines, area), strict=True):
        outline = part if wide else shapely.simplify(part, 0.005)
        if not outline.is_empty:
            borders.append({"type": "Feature", "properties": {"name": data.country_names[i]}, "geometry": rounded(outline)})
    rivers = []
    hits = context._meets(data.river_bbox, x0, y0, x1, y1)
    if tol > 0.001:
        size = np.maximum(data.river_bbox[hits, 2] - data.river_bbox[hits, 0], data.river_bbox[hits, 3] - data.river_bbox[hits, 1])
        hits = hits[size >= 8 * tol]
    lines = np.array([shapely.LineString(data.river_coords[data.river_start[i] : data.river_start[i + 1]]) for i in hits], dtype=object)
    if tol > 0.001:
        lines = shapely.simplify(lines, tol, preserve_topology=False)
    for part in shapely.intersection(lines, area):
        if not part.is_empty:
            rivers.append({"type": "Feature", "properties": {"name": "river"}, "geometry": rounded(part)})
    inside = np.flatnonzero((data.town_x > x0) & (data.town_x < x1) & (data.town_y > y0) & (data.town_y < y1))[:300]
    towns = [
        {"type": "Feature", "properties": {"name": data.town_names[i], "population": int(data.town_pop[i])},
         "geometry": {"type": "Point", "coordinates": [round(float(data.town_x[i]), 4), round(float(data.town_y[i]), 4)]}}
        for i in inside
    ]
    return {
        "borders": {"type": "FeatureCollection", "features": borders},
        "rivers": {"type": "FeatureCollection", "features": rivers},
        "towns": {"type": "FeatureCollection", "features": towns},
    }


@pytest.mark.slow
def test_a_cache_file_naming_a_module_that_is_not_there_is_decoded_again(tmp_path, monkeypatch):
    """A context cache pickled from a copy of this module under another name (a reference copy
    in a script) is read as no cache, not as an error: decoded again and written over."""
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    context.context_data.cache_clear()
    try:
        context.cache_path().write_bytes(b"cgeo_no_such_module_here\nContextData\n.")
        data = context.context_data()
        context.context_data.cache_clear()
        again = context.context_data()
    finally:
        context.context_data.cache_clear()
    assert isinstance(data, context.ContextData) and isinstance(again, context.ContextData)
    assert again.country_names == data.country_names and len(data.country_names) > 200


AREAS = [
    pytest.param((40.5, 34.0, 41.5, 35.0), 2.0, id="a-story-of-one-degree"),
    pytest.param((36.0, 33.0, 39.5, 36.5), 2.0, id="a-few-degrees"),
    pytest.param((12.5, 41.9, 12.5, 41.9), 2.0, id="one-point"),
    pytest.param((-20.0, -35.0, 52.0, 38.0), 2.0, id="a-continent"),
    pytest.param((-166.8, -41.1, 178.6, 71.6), 1.0, id="a-batch-across-the-world"),
    pytest.param((-180.0, -90.0, 180.0, 90.0), 1.0, id="the-whole-world"),
    pytest.param((-30.0, -40.0, -29.0, -39.0), 2.0, id="open-ocean"),
    pytest.param((170.0, -48.0, 179.9, -33.0), 1.0, id="by-the-antimeridian"),
]


@pytest.mark.slow
@pytest.mark.parametrize("bounds,margin", AREAS)
def test_context_layers_are_the_ones_mapped_one_geometry_at_a_time(bounds, margin):
    new, old = context.context_layers(bounds, margin), _old_context_layers(bounds, margin)
    assert new == old
    assert repr(new) == repr(old)  # tuples where mapping gives tuples


@pytest.mark.slow
@pytest.mark.parametrize("bounds,margin", AREAS)
def test_context_lines_json_is_json_dumps_of_the_layers(bounds, margin):
    old = _old_context_layers(bounds, margin)
    lines = {"type": "FeatureCollection", "features": old["borders"]["features"] + old["rivers"]["features"]}
    assert context.context_lines_json(bounds, margin) == json.dumps(lines, separators=(",", ":"))


def _geoms(*wkts):
    with np.errstate(invalid="ignore"):  # a NaN coordinate is what one case is about
        return np.array([shapely.from_wkt(w) for w in wkts], dtype=object)


@pytest.mark.parametrize("geoms", [
    pytest.param(_geoms("LINESTRING (0.1 0.2, 1.5 -2.25, 3 4)"), id="a-line"),
    pytest.param(_geoms("LINESTRING EMPTY", "LINESTRING (1 1, 2 2)"), id="an-empty-line"),
    pytest.param(_geoms("MULTILINESTRING ((0 0, 1 1), EMPTY, (2.5 2, 3 3))"), id="a-multi-line-with-an-empty-part"),
    pytest.param(_geoms("MULTILINESTRING EMPTY", "LINESTRING (-0.0 5, 6 7)"), id="an-empty-multi-line-and-minus-zero"),
    pytest.param(_geoms("POINT (1 2)", "LINESTRING (0 0, 1e-7 123456.789)"), id="a-point-among-lines"),
    pytest.param(_geoms("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))", "MULTILINESTRING ((5 5, 6 6))"), id="a-collection"),
    pytest.param(_geoms("LINESTRING Z (0 0 1, 1 1 2)", "LINESTRING (3 3, 4 4)"), id="a-line-in-3d"),
    pytest.param(_geoms("LINESTRING (0 0, 1 1)", "LINESTRING (0 NaN, 1 1)"), id="a-coordinate-not-a-number"),
    pytest.param(np.empty(0, dtype=object), id="none"),
])
def test_lines_are_read_as_mapping_and_json_dumps_read_them(geoms):
    lines = context._Lines(geoms)
    expected = [mapping(g) for g in geoms]
    assert repr(lines.mapping()) == repr(expected)  # the same values, tuples where mapping gives tuples (and NaN)
    assert lines.json() == [json.dumps(m, separators=(",", ":")) for m in expected]


coordinate = st.floats(-180, 180, allow_nan=False) | st.sampled_from([0.1, -0.0, 1e-9, 179.99999999999997])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=5), min_size=1, max_size=4))
def test_any_multi_line_is_read_as_mapping_reads_it(parts):
    geoms = np.array([shapely.MultiLineString(parts), shapely.LineString(parts[0])], dtype=object)
    lines = context._Lines(geoms)
    expected = [mapping(g) for g in geoms]
    assert repr(lines.mapping()) == repr(expected)
    assert lines.json() == [json.dumps(m, separators=(",", ":")) for m in expected]


# ------------------------------------------------------------------ the combined page


def _old_render_batch_page(data, bounds):
    """``render_batch_page`` before: the context layers' JSON from their dicts, in the page
    before folium's ids are renumbered, the data put in the one rendered text."""
    import xyzservices.providers as xyz

    from geo.render._folium import MarkerCluster, folium
    from geo.render._html import _Raw, _Script
    from geo.render.batch import _STATIC
    from geo.render.layers import lean_map
    from geo.render.page import element_ids, stable_ids
    from geo.render.panel import _page

    m = lean_map(tiles=None, prefer_canvas=True, control_scale=True)
    folium.TileLayer(xyz.OpenStreetMap.Mapnik, name="Streets (OpenStreetMap)").add_to(m)
    folium.TileLayer(xyz.Esri.WorldImagery, name="Satellite (Esri)", show=False).add_to(m)
    MarkerCluster(name="_plugin", control=False).add_to(m)
    folium.LayerControl(collapsed=True).add_to(m)
    if bounds:
        m.fit_bounds(bounds)
    root = _page(m)
    slot = "<!--geo-data-->"
    root.html.add_child(_Raw(f'<script type="application/json" id="geo-data">{slot}</script>'))
    if bounds:
        (south, west), (north, east) = bounds
        ctx = context.context_layers((west, south, east, north), margin=1.0)
        lines = {"type": "FeatureCollection", "features": ctx["borders"]["features"] + ctx["rivers"]["features"]}
        root.html.add_child(_Raw(f'<script type="application/json" id="geo-context">{batch.json_for_html(lines)}</script>'))
    js = (_STATIC / "batch.js").read_text(encoding="utf-8")
    _Script(f"var GEO_MAP = {m.get_name()};\n{js}").add_to(m)
    return stable_ids(root.render(), element_ids(root)).replace(slot, data, 1)


HEX = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize("bounds", [
    pytest.param([[34.0, 40.5], [35.0, 41.5]], id="a-story"),
    pytest.param([[-41.1, -166.8], [71.6, 178.6]], id="across-the-world"),
    pytest.param(None, id="no-bounds"),
])
def test_the_combined_page_is_the_one_rendered_whole(bounds):
    from geo.render.batch import render_batch_page, render_batch_parts

    data = batch.json_for_html({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": HEX, "name": "Ölberg <b>&"}, "geometry": {"type": "Point", "coordinates": [40.9, 34.4]}}]})
    head, tail = render_batch_parts(bounds)
    assert head + data + tail == render_batch_page(data, bounds) == _old_render_batch_page(data, bounds)


def test_a_hex_run_in_the_context_layers_stays_as_it_is(monkeypatch):
    """Not from the packaged data; should a name ever hold an id-like run, it is not taken
    for one of folium's ids (only those are renamed), and the page is otherwise the old one."""
    from geo.render.batch import render_batch_page

    named = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": HEX + " <x>"}, "geometry": {"type": "LineString", "coordinates": ((0.0, 1.0), (2.0, 3.0))}}]}
    monkeypatch.setattr(context, "context_layers", lambda b, margin: {"borders": named, "rivers": {"features": []}})
    monkeypatch.setattr(context, "context_lines_json", lambda b, margin: json.dumps(named, separators=(",", ":")))
    bounds = [[0.0, 0.0], [3.0, 2.0]]
    page = render_batch_page('{"features":[]}', bounds)
    assert HEX in page
    assert page == _old_render_batch_page('{"features":[]}', bounds)


# ------------------------------------------------------------------ the combined files


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3), st.lists(st.binary(max_size=5), max_size=6))
def test_parts_with_separators_are_the_join(sep, parts):
    assert b"".join(batch._joined(sep, parts)) == sep.join(parts)


WIDE = ["Wide \ufffd sign", "Straße to Łódź", "a flag \U0001f3f3 and ¼", "plain"]


def _collection(i, name):
    return {"type": "FeatureCollection", "geo": {"source": f"Outlet {name}"}, "features": [
        {"type": "Feature", "id": f"p{i}", "properties": {"id": f"p{i}", "kind": "place", "name": name, "note": "<i>&"},
         "geometry": {"type": "Point", "coordinates": [10.0 + i, 20.5 - i]}},
        {"type": "Feature", "id": f"m{i}", "properties": {"id": f"m{i}", "kind": "movement", "from": f"p{i}", "to": None},
         "geometry": {"type": "LineString", "coordinates": [[10.0 + i, 20.5 - i], [11.25, 19.0]]}},
    ]}


@pytest.mark.parametrize("names", [
    pytest.param(WIDE, id="wide-characters-in-some-articles"),
    pytest.param(["plain", "ascii"], id="ascii-only"),
    pytest.param([], id="no-feature"),
])
def test_the_combined_files_are_the_joined_texts(tmp_path, names):
    """The workers' bytes written piece by piece are the text the old combine joined."""
    articles = [batch.Article(f"Text number {i}.", f"c.jsonl:{i + 1}") for i in range(max(1, len(names)))]
    fcs = [_collection(i, n) for i, n in enumerate(names)] or [{"type": "FeatureCollection", "features": []}]
    records = {a.key: batch._record(a.key, a.origin, fc) for a, fc in zip(articles, fcs, strict=True)}
    report = [{"key": a.key, "origin": a.origin, "id": None, "status": "done"} for a in articles]
    batch.finish(tmp_path, articles, report, records=records)
    # the old combine: the same parts as text, joined
    used = [records[a.key] for a in articles]
    geo = {"articles": {r.key: r.source for r in used}}
    full = [r for r in used if r.count]
    # with the record of what geo wrote (issue 25): a fingerprint a feature, one for the metadata
    tagged = [f for r in full for f in json.loads("[" + r.events.decode("utf-8") + "]")]
    member = {**geo, "written": {f["id"]: fingerprint(f) for f in tagged}, "written_geo": stamp_meta(geo)}
    events = (
        '{"type":"FeatureCollection","geo":' + json.dumps(member, ensure_ascii=False, separators=(",", ":")) + ',"features":['
        + ("\n" + ",\n".join(r.events.decode("utf-8") for r in full) + "\n" if full else "") + "]}\n"
    )
    data = '{"type":"FeatureCollection","geo":' + batch.json_for_html(geo) + ',"features":[' + ",".join(r.html.decode("ascii") for r in full) + "]}"
    assert (tmp_path / batch.EVENTS).read_bytes() == events.encode("utf-8")
    assert (tmp_path / "map.html").read_bytes() == _old_render_batch_page(data, batch._bounds_of(used)).encode("utf-8")
    assert len(full) == len(names) and all(n in events for n in names)  # not escaped: ensure_ascii=False
