"""The combined map of a batch: built to stay usable with 100,000 features.

One GeoJSON layer on a canvas renderer for lines and areas, clustered markers for points,
and filters by outlet, claimant and date: a handful of Leaflet objects, not one folium
object per feature. The data travel as one JSON block (``<script type="application/json">``)
and every text reaches the page through ``textContent``. The areas and lines the features
share (a country named in many articles) travel once, simplified to the map's resolution, in
a block of their own (``geo-outlines``), and each is drawn once (geo/outlines.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import xyzservices.providers as xyz

from geo.batch import json_for_html
from geo.render._folium import MarkerCluster, folium
from geo.render._html import _Raw, _Script
from geo.render.aggregate import render_aggregate_html, wanted
from geo.render.layers import lean_map
from geo.render.page import _bounds, render_stable
from geo.render.panel import _page

_STATIC = Path(__file__).resolve().parent / "static"


def _json_for_html(obj: Any) -> str:
    """JSON that cannot close its <script> element."""
    return json_for_html(obj)


def render_batch_html(fc: dict) -> str:
    """The combined map page for a (large) FeatureCollection: each area and line its
    features share written once (:func:`geo.outlines.share`)."""
    from geo.outlines import resolve, share

    bounds = _bounds(resolve(fc)["features"], pad=0.2)
    fc = share(resolve(fc))
    data = json_for_html({**fc, "geo": {k: v for k, v in fc["geo"].items() if k != "outlines"}})
    if wanted(len(fc["features"]), len(data)):  # a large corpus: aggregated layers (geo/render/aggregate.py)
        return render_aggregate_html(fc, bounds)
    table = fc["geo"].get("outlines", {})
    return render_batch_page(data, bounds, [(k, json_for_html(v)) for k, v in table.items()])


def render_batch_page(data: str, bounds: list[list[float]] | None, outlines: Iterable[tuple[str, str]] = ()) -> str:
    """The combined map page for ``data``, a FeatureCollection as :func:`geo.batch.json_for_html`
    writes it (the batch joins it from the articles' parts), opening on ``bounds``; ``outlines``
    the (key, geometry JSON) its features refer to."""
    head, tail = render_batch_parts(bounds, outlines)
    return head + data + tail


_DATA_SLOT = "<!--geo-data-->"
_CONTEXT_SLOT = "<!--geo-context-->"
_OUTLINES_SLOT = "<!--geo-outlines-->"
#: the finest an outline is drawn on the combined page (degrees, about 1 km): a map of the
#: world simplifies more (a quarter pixel at the opening zoom, geo.render.context.tolerance)
FINEST = 0.01


def page_outlines(outlines: Iterable[tuple[str, str]], bounds: list[list[float]] | None) -> str:
    """``{key: geometry}`` as JSON for the page: each outline once, simplified to the map's
    resolution (a quarter pixel at the opening zoom, no finer than :data:`FINEST`: the page is
    zoomed in too), its coordinates rounded to a tenth of that; the full outlines stay in
    ``events.geojson``."""
    import json

    import shapely
    from shapely.geometry import mapping, shape

    from geo.render.context import tolerance

    table: dict[str, str] = {}
    for key, text in outlines:
        table.setdefault(key, text)
    if not table:
        return "{}"
    keys = list(table)
    geoms = [shape(json.loads(table[k])) for k in keys]
    if bounds:
        (south, west), (north, east) = bounds
        tol = min(tolerance((west, south, east, north)), FINEST)
    else:
        tol = FINEST
    simple = shapely.simplify(geoms, tol, preserve_topology=True)
    simple = shapely.set_precision(simple, tol / 10)
    parts = []
    for k, g, full in zip(keys, simple, geoms, strict=True):
        drawn = mapping(full if g.is_empty else g)
        parts.append(json_for_html(k) + ":" + json_for_html(drawn))
    return "{" + ",".join(parts) + "}"


def render_batch_parts(bounds: list[list[float]] | None, outlines: Iterable[tuple[str, str]] = ()) -> tuple[str, str]:
    """The combined map page opening on ``bounds``, in two halves: the page is
    ``head + data + tail`` (see :func:`render_batch_page`), so that the batch can write its
    data between them without joining them into one string first. ``outlines``: the
    (key, geometry as JSON) the features refer to (``properties.outline``), each written
    once, simplified to the map's resolution (:func:`page_outlines`)."""
    m = lean_map(tiles=None, prefer_canvas=True, control_scale=True)
    folium.TileLayer(xyz.OpenStreetMap.Mapnik, name="Streets (OpenStreetMap)").add_to(m)
    folium.TileLayer(xyz.Esri.WorldImagery, name="Satellite (Esri)", show=False).add_to(m)
    MarkerCluster(name="_plugin", control=False).add_to(m)  # brings Leaflet.markercluster into the page
    folium.LayerControl(collapsed=True).add_to(m)
    b = bounds
    if b:
        m.fit_bounds(b)
    root = _page(m)
    # the data go in after folium's ids are renumbered: that regex need not read them all
    # (and an id-like run of 32 hex digits in the data stays as it is)
    root.html.add_child(_Raw(f'<script type="application/json" id="geo-data">{_DATA_SLOT}</script>'))
    shared = page_outlines(outlines, b)
    if shared != "{}":
        root.html.add_child(_Raw(f'<script type="application/json" id="geo-outlines">{_OUTLINES_SLOT}</script>'))
    context = None
    if b:
        from geo.render.context import context_lines_json

        (south, west), (north, east) = b
        context = _for_html(context_lines_json((west, south, east, north), margin=1.0))
        # the context layers too (only folium's own ids are renamed: see render_stable)
        root.html.add_child(_Raw(f'<script type="application/json" id="geo-context">{_CONTEXT_SLOT}</script>'))
    js = (_STATIC / "batch.js").read_text(encoding="utf-8")
    _Script(f"var GEO_MAP = {m.get_name()};\n{js}").add_to(m)
    page = render_stable(root)
    head, slot, tail = page.partition(_DATA_SLOT)
    if not slot:
        raise AssertionError("the combined page has no place for its data")
    if context is not None:
        tail = tail.replace(_CONTEXT_SLOT, context, 1)
    return head, tail.replace(_OUTLINES_SLOT, shared, 1)


def _for_html(text: str) -> str:
    """JSON text that cannot close its <script> element (as :func:`geo.batch.json_for_html` writes)."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
