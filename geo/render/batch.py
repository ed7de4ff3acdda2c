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
from geo.render import _bounds, _page, _Raw, _Script, lean_map, stable_ids
from geo.render._folium import MarkerCluster, folium

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
    slot = "<!--geo-data-->"
    root.html.add_child(_Raw(f'<script type="application/json" id="geo-data">{slot}</script>'))
    if b:
        from geo.render.context import context_layers

        (south, west), (north, east) = b
        ctx = context_layers((west, south, east, north), margin=1.0)
        lines = {"type": "FeatureCollection", "features": ctx["borders"]["features"] + ctx["rivers"]["features"]}
        root.html.add_child(_Raw(f'<script type="application/json" id="geo-context">{json_for_html(lines)}</script>'))
    js = (_STATIC / "batch.js").read_text(encoding="utf-8")
    _Script(f"var GEO_MAP = {m.get_name()};\n{js}").add_to(m)
    return stable_ids(root.render()).replace(slot, data, 1)
