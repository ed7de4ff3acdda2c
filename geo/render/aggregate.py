"""The combined map of a large corpus: aggregated layers instead of every feature.

Past :data:`MAX_FEATURES` features or :data:`MAX_BYTES` of page data, the combined page
(:mod:`geo.render.batch`) shows what the features add up to:

- **counts by place**: a circle at each place, its area the number of features there (the
  place named, the events at it, the movements with one end named);
- **routes**: the busiest pairs of places (movements from one to the other) as lines whose
  width grows with their number (the :data:`ROUTES` busiest are drawn);
- **heat**: a heat layer of the same counts (``folium.plugins.HeatMap``);

with filters by outlet, claimant and date that recount everything in the page, and a popup
on each circle and route listing its articles, each a link to its folder's events file
(``articles/<key>/events.geojson``, which ``geo-map --geojson`` draws as that article's map).
The full layers stay in ``events.geojson``. The page gets each feature as one row of small
integers (its place, its pair, outlet, claimant, dates, article), never its text: only the
places' names, the outlets, claimants and article ids are text, in one JSON block read by
``JSON.parse`` and shown through ``textContent``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

#: past this many features (or :data:`MAX_BYTES` of page data) the combined page aggregates
MAX_FEATURES = 20_000
MAX_BYTES = 20_000_000
#: the busiest routes drawn
ROUTES = 500
#: the columns of a row (one feature)
COLUMNS = ("place", "pair", "outlet", "claimant", "start", "end", "article", "kind")
_KINDS = {"place": 0, "event": 1, "movement": 2}
_EPOCH = dt.date(1970, 1, 1)
_STATIC = Path(__file__).resolve().parent / "static"


def wanted(features: int, nbytes: int) -> bool:
    """Whether a combined page of ``features`` features and ``nbytes`` of data aggregates."""
    return features > MAX_FEATURES or nbytes > MAX_BYTES


def _day(v: Any) -> int:
    try:
        return (dt.date.fromisoformat(v) - _EPOCH).days if isinstance(v, str) else -1
    except ValueError:
        return -1


class Aggregator:
    """The aggregated layers of a combined collection, built one article (or feature) at a
    time: memory grows with the places, pairs and rows, not with the features' text."""

    def __init__(self) -> None:
        self.places: dict[str, int] = {}
        self.place_rows: list[list[Any]] = []
        self.pairs: dict[tuple[int, int], int] = {}
        self.outlets: dict[str, int] = {}
        self.claimants: dict[str, int] = {}
        self.articles: dict[str, int] = {}
        self.article_rows: list[list[Any]] = []
        self.rows: list[int] = []
        self._points: dict[str, tuple[float, float] | None] = {}

    @staticmethod
    def _index(table: dict[str, int], value: Any) -> int:
        if not isinstance(value, str) or not value:
            return -1
        return table.setdefault(value, len(table))

    def _place(self, key: str, point: tuple[float, float] | None, name: Any = None) -> int:
        i = self.places.get(key)
        if i is None:
            if point is None:
                return -1
            i = self.places[key] = len(self.place_rows)
            self.place_rows.append([round(point[0], 4), round(point[1], 4), ""])
        if isinstance(name, str) and name and not self.place_rows[i][2]:
            self.place_rows[i][2] = name
        return i

    def _point_of(self, f: dict, outlines: Mapping[str, Any]) -> tuple[float, float] | None:
        """A place feature's point: its own, or a point inside its area or on its line
        (computed once per outline)."""
        geom = f.get("geometry")
        ref = f["properties"].get("outline")
        if geom is None and isinstance(ref, str):
            if ref not in self._points:  # decoded once (a record hands it over as JSON text)
                shared = outlines.get(ref)
                self._points[ref] = _inner_point(json.loads(shared) if isinstance(shared, str) else shared)
            return self._points[ref]
        if isinstance(geom, dict) and geom.get("type") == "Point":
            c = geom["coordinates"]
            return (float(c[0]), float(c[1]))
        return _inner_point(geom)

    def add(self, features: Iterable[dict], outlines: Mapping[str, Any] | None = None) -> None:
        """Count ``features`` (tagged as the combined file tags them: ``article``, ``outlet``;
        ids prefixed by the article's key), whose shared outlines are ``outlines``."""
        outlines = outlines or {}
        for f in features:
            p = f.get("properties") or {}
            kind = p.get("kind")
            article = p["article"] if isinstance(p.get("article"), str) else ""
            place, pair = -1, -1
            if kind == "place":
                place = self._place(_plain(p.get("id"), article), self._point_of(f, outlines), p.get("name"))
            elif kind == "event":
                place = self._place(_plain(p.get("place"), article) or _at(f.get("geometry")), _first(f.get("geometry")))
            elif kind == "movement":
                place, pair = self._movement(f, p, article)
            else:
                continue
            a = self.articles.get(article)
            if a is None:
                a = self.articles[article] = len(self.article_rows)
                self.article_rows.append([article, self._index(self.outlets, p.get("outlet"))])
            self.rows += [place, pair, self._index(self.outlets, p.get("outlet")), self._index(self.claimants, p.get("claimant")),
                          _day(p.get("date_start") or p.get("date_end")), _day(p.get("date_end") or p.get("date_start")), a, _KINDS[kind]]

    def _movement(self, f: dict, p: dict, article: str) -> tuple[int, int]:
        geom = f.get("geometry")
        if isinstance(geom, dict) and geom.get("type") == "LineString" and len(geom.get("coordinates") or ()) >= 2:
            c = geom["coordinates"]
            a = self._place(_plain(p.get("from"), article) or _at({"type": "Point", "coordinates": c[0]}), (c[0][0], c[0][1]))
            b = self._place(_plain(p.get("to"), article) or _at({"type": "Point", "coordinates": c[-1]}), (c[-1][0], c[-1][1]))
            if a < 0 or b < 0:
                return -1, -1
            return -1, self.pairs.setdefault((a, b), len(self.pairs))
        end = p.get("to") if isinstance(p.get("to"), str) else p.get("from")  # one end named: a point there
        return self._place(_plain(end, article) or _at(geom), _first(geom)), -1

    def data(self) -> dict[str, Any]:
        """The page's data: places ``[lon, lat, name]``, pairs ``[from, to]`` (place
        indexes), outlets, claimants, articles ``[key, outlet]`` and the rows (one a
        feature, :data:`COLUMNS`, flattened)."""
        return {"columns": list(COLUMNS), "places": self.place_rows, "pairs": [list(k) for k in self.pairs],
                "outlets": list(self.outlets), "claimants": list(self.claimants), "articles": self.article_rows,
                "rows": self.rows, "routes": ROUTES, "features": len(self.rows) // len(COLUMNS)}


def _plain(ref: Any, article: str) -> str:
    """A combined id without its article's key prefix (``KEY/geonames:1`` → ``geonames:1``):
    the place is the same place in every article."""
    if not isinstance(ref, str) or not ref:
        return ""
    prefix = article + "/"
    return ref[len(prefix):] if article and ref.startswith(prefix) else ref


def _first(geom: Any) -> tuple[float, float] | None:
    """A Point's coordinates."""
    if isinstance(geom, dict) and geom.get("type") == "Point":
        c = geom.get("coordinates")
        return (float(c[0]), float(c[1])) if isinstance(c, list) and len(c) >= 2 else None
    return None


def _at(geom: Any) -> str:
    """A key for an unnamed place: its coordinates (to about 10 m)."""
    c = _first(geom)
    return "" if c is None else f"@{c[0]:.4f},{c[1]:.4f}"


def _inner_point(geom: Any) -> tuple[float, float] | None:
    if not isinstance(geom, dict):
        return None
    from shapely.geometry import shape

    try:
        pt = shape(geom).representative_point()
    except Exception:  # noqa: BLE001 - a geometry shapely cannot read gets no point (its features are not counted by place)
        return None
    return None if pt.is_empty else (pt.x, pt.y)


def render_aggregate_parts(bounds: list[list[float]] | None) -> tuple[str, str]:
    """The aggregated page opening on ``bounds`` in two halves: the page is ``head + data +
    tail``, ``data`` being :func:`geo.batch.json_for_html` of :meth:`Aggregator.data`."""
    import xyzservices.providers as xyz
    from offlinefolium.plugins import HeatMap

    from geo.render._folium import folium
    from geo.render._html import _Raw, _Script
    from geo.render.layers import lean_map
    from geo.render.page import render_stable
    from geo.render.panel import _page

    m = lean_map(tiles=None, prefer_canvas=True, control_scale=True)
    folium.TileLayer(xyz.OpenStreetMap.Mapnik, name="Streets (OpenStreetMap)").add_to(m)
    folium.TileLayer(xyz.Esri.WorldImagery, name="Satellite (Esri)", show=False).add_to(m)
    heat = HeatMap([], name="Heat", radius=18, blur=15, min_opacity=0.3, show=False, control=False).add_to(m)
    if bounds:
        m.fit_bounds(bounds)
    root = _page(m)
    root.html.add_child(_Raw(f'<script type="application/json" id="geo-aggregate">{_SLOT}</script>'))
    if bounds:  # borders and rivers from bundled data, for when there are no tiles (as the full page)
        from geo.render.batch import _for_html
        from geo.render.context import context_lines_json

        (south, west), (north, east) = bounds
        context = _for_html(context_lines_json((west, south, east, north), margin=1.0))
        root.html.add_child(_Raw(f'<script type="application/json" id="geo-context">{context}</script>'))
    js = (_STATIC / "aggregate.js").read_text(encoding="utf-8")
    _Script(f"var GEO_MAP = {m.get_name()}, GEO_HEAT = {heat.get_name()};\n{js}").add_to(m)
    head, slot, tail = render_stable(root).partition(_SLOT)
    if not slot:
        raise AssertionError("the aggregated page has no place for its data")
    return head, tail


_SLOT = "<!--geo-aggregate-->"


def render_aggregate_html(fc: dict, bounds: list[list[float]] | None) -> str:
    """The aggregated page of a (resolved or shared) combined collection."""
    from geo.batch import json_for_html

    agg = Aggregator()
    agg.add(fc["features"], (fc.get("geo") or {}).get("outlines"))
    head, tail = render_aggregate_parts(bounds)
    return head + json_for_html(agg.data()) + tail


def aggregate_page(parts: Iterable[tuple[bytes, Iterable[tuple[str, str]]]], bounds: list[list[float]] | None) -> bytes:
    """The aggregated page of a combined file given as each article's share: (its features
    as the combined file writes them, joined by commas, in UTF-8; its outlines as (key,
    geometry JSON)). One article is decoded at a time."""
    from geo.batch import json_for_html

    agg = Aggregator()
    for events, outlines in parts:
        agg.add(json.loads(b"[" + events + b"]"), dict(outlines))
    head, tail = render_aggregate_parts(bounds)
    return (head + json_for_html(agg.data()) + tail).encode("utf-8")
