"""The combined map of a batch: built to stay usable with 100,000 features.

One GeoJSON layer on a canvas renderer for lines and areas, clustered markers for points,
and filters by outlet, claimant and date: a handful of Leaflet objects, not one folium
object per feature. The data travel as one JSON block (``<script type="application/json">``)
and every text reaches the page through ``textContent``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import xyzservices.providers as xyz

from geo.batch import json_for_html
from geo.render._folium import MarkerCluster, folium
from geo.render._html import _Raw, _Script
from geo.render.layers import lean_map
from geo.render.page import _bounds, render_stable
from geo.render.panel import _page

_STATIC = Path(__file__).resolve().parent / "static"


def _json_for_html(obj: Any) -> str:
    """JSON that cannot close its <script> element."""
    return json_for_html(obj)


def render_batch_html(fc: dict) -> str:
    """The combined map page for a (large) FeatureCollection."""
    return render_batch_page(json_for_html(fc), _bounds(fc["features"], pad=0.2))


def render_batch_page(data: str, bounds: list[list[float]] | None) -> str:
    """The combined map page for ``data``, a FeatureCollection as :func:`geo.batch.json_for_html`
    writes it (the batch joins it from the articles' parts), opening on ``bounds``."""
    head, tail = render_batch_parts(bounds)
    return head + data + tail


_DATA_SLOT = "<!--geo-data-->"
_CONTEXT_SLOT = "<!--geo-context-->"


def render_batch_parts(bounds: list[list[float]] | None) -> tuple[str, str]:
    """The combined map page opening on ``bounds``, in two halves: the page is
    ``head + data + tail`` (see :func:`render_batch_page`), so that the batch can write its
    data between them without joining them into one string first."""
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
    return head, tail


def _for_html(text: str) -> str:
    """JSON text that cannot close its <script> element (as :func:`geo.batch.json_for_html` writes)."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
