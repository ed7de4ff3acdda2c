"""The combined map of a batch: built to stay usable with 100,000 features.

One GeoJSON layer on a canvas renderer for lines and areas, clustered markers for points,
and filters by outlet, claimant and date: a handful of Leaflet objects, not one folium
object per feature. The data travel as one JSON block (``<script type="application/json">``)
and every text reaches the page through ``textContent``. The areas and lines the features
share (a country named in many articles) travel once, simplified to the map's resolution, in
a block of their own (``geo-outlines``), and each is drawn once (geo/outlines.py).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from geo.batch import json_for_html
from geo.render.aggregate import render_aggregate_html, wanted

_STATIC = Path(__file__).resolve().parent / "static"


def _json_for_html(obj: Any) -> str:
    """JSON that cannot close its <script> element."""
    return json_for_html(obj)


def render_batch_html(fc: dict) -> str:
    """The combined map page for a (large) FeatureCollection: each area and line its
    features share written once (:func:`geo.outlines.share`)."""
    from geo.outlines import resolve, share
    from geo.render.page import _bounds

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
    ``events.geojson``. Drawn at :data:`FINEST` (a corpus spanning 40 degrees or more), an
    outline is kept in geo's cache folder for the next runs (:func:`_drawn_folder`)."""
    import shapely
    from shapely.geometry import mapping

    from geo.render.context import tolerance
    from geo.resources import keep_file

    table: dict[str, str] = {}
    for key, text in outlines:
        table.setdefault(key, text)
    if not table:
        return "{}"
    keys = list(table)
    if bounds:
        (south, west), (north, east) = bounds
        tol = min(tolerance((west, south, east, north)), FINEST)
    else:
        tol = FINEST
    folder = _drawn_folder() if tol == FINEST else None
    paths = {k: folder / f"{hashlib.sha256(table[k].encode('utf-8')).hexdigest()[:32]}.json" for k in keys} if folder else {}
    drawn: dict[str, str] = {}
    for k, path in paths.items():
        try:
            drawn[k] = path.read_bytes().decode("ascii")
        except (OSError, UnicodeDecodeError):
            pass
    missing = [k for k in keys if k not in drawn]
    if missing:
        geoms = _shapes([table[k] for k in missing])
        simple = shapely.simplify(geoms, tol, preserve_topology=True)
        simple = shapely.set_precision(simple, tol / 10)
        for k, g, full in zip(missing, simple, geoms, strict=True):
            drawn[k] = json_for_html(mapping(full if g.is_empty else g))
            if k in paths:
                keep_file(paths[k], drawn[k].encode("ascii"))
    return "{" + ",".join(json_for_html(k) + ":" + drawn[k] for k in keys) + "}"


@lru_cache(maxsize=1)
def _drawn_folder() -> Path | None:
    """Where outlines drawn at :data:`FINEST` are kept (each named by the sha256 of its full
    geometry's JSON): ``page-outlines-v1-<digest>`` in geo's cache folder, the digest of the
    code that draws them and of the shapely and GEOS versions. None without a cache folder."""
    import shapely

    from geo.resources import kept_folder

    return kept_folder("page-outlines-v1", page_outlines, _shapes, json_for_html, FINEST, shapely.__version__, shapely.geos_version_string)


def _shapes(texts: list[str]) -> list[Any]:
    """The geometries of GeoJSON texts, read by GEOS in one call (the same geometries as
    ``shape(json.loads(text))``, in a third of the time: tests/render/test_batch_frame.py);
    a text GEOS refuses (a ring left open, which shapely closes) is read by shapely."""
    import shapely
    from shapely.geometry import shape

    try:
        return list(shapely.from_geojson(texts))
    except Exception:  # noqa: BLE001 - GEOS is stricter than shapely: read them as before
        return [shape(json.loads(t)) for t in texts]


def render_batch_parts(bounds: list[list[float]] | None, outlines: Iterable[tuple[str, str]] = ()) -> tuple[str, str]:
    """The combined map page opening on ``bounds``, in two halves: the page is
    ``head + data + tail`` (see :func:`render_batch_page`), so that the batch can write its
    data between them without joining them into one string first. ``outlines``: the
    (key, geometry as JSON) the features refer to (``properties.outline``), each written
    once, simplified to the map's resolution (:func:`page_outlines`).

    The page's frame (folium's map, Leaflet and its plugins inlined, the panel, the
    script) is the same for every corpus but for the bounds it opens on: it is rendered
    by folium once and kept (:func:`_frame`), so a run does not import folium and pandas."""
    b = bounds
    shared = page_outlines(outlines, b)
    page = _frame(bool(b), shared != "{}")
    context = None
    if b:
        from geo.render.context import context_lines_json

        page = page.replace(_tojson(_SENTINEL), _tojson(b), 1)
        (south, west), (north, east) = b
        context = _for_html(context_lines_json((west, south, east, north), margin=1.0))
    head, slot, tail = page.partition(_DATA_SLOT)
    if not slot:
        raise AssertionError("the combined page has no place for its data")
    if context is not None:
        tail = tail.replace(_CONTEXT_SLOT, context, 1)
    return head, tail.replace(_OUTLINES_SLOT, shared, 1)


#: the bounds the kept frame is rendered with, replaced by the corpus's (no map opens on them)
_SENTINEL = [[-12.3456789012345, -123.456789012345], [23.4567890123456, 134.567890123456]]


def _tojson(value: Any) -> str:
    """``value`` as folium's templates write it (jinja2's ``tojson``: keys sorted, HTML-safe)."""
    text = json.dumps(value, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def _render_frame(bounded: bool, outlined: bool) -> str:
    """The page as folium renders it, with the slots of its data, its outlines (when
    ``outlined``) and its context layers (when ``bounded``), opening on :data:`_SENTINEL`
    (when ``bounded``)."""
    import xyzservices.providers as xyz

    from geo.render._folium import MarkerCluster, folium
    from geo.render._html import _Raw, _Script
    from geo.render.layers import lean_map
    from geo.render.page import render_stable
    from geo.render.panel import _page

    m = lean_map(tiles=None, prefer_canvas=True, control_scale=True)
    folium.TileLayer(xyz.OpenStreetMap.Mapnik, name="Streets (OpenStreetMap)").add_to(m)
    folium.TileLayer(xyz.Esri.WorldImagery, name="Satellite (Esri)", show=False).add_to(m)
    MarkerCluster(name="_plugin", control=False).add_to(m)  # brings Leaflet.markercluster into the page
    folium.LayerControl(collapsed=True).add_to(m)
    if bounded:
        m.fit_bounds(_SENTINEL)
    root = _page(m)
    # the data go in after folium's ids are renumbered: that regex need not read them all
    # (and an id-like run of 32 hex digits in the data stays as it is)
    root.html.add_child(_Raw(f'<script type="application/json" id="geo-data">{_DATA_SLOT}</script>'))
    if outlined:
        root.html.add_child(_Raw(f'<script type="application/json" id="geo-outlines">{_OUTLINES_SLOT}</script>'))
    if bounded:
        # the context layers too (only folium's own ids are renamed: see render_stable)
        root.html.add_child(_Raw(f'<script type="application/json" id="geo-context">{_CONTEXT_SLOT}</script>'))
    js = (_STATIC / "batch.js").read_text(encoding="utf-8")
    _Script(f"var GEO_MAP = {m.get_name()};\n{js}").add_to(m)
    return render_stable(root)


#: the version of the kept frames' layout (raise it when :func:`_render_frame`'s slots change)
FRAME_VERSION = 1


@lru_cache(maxsize=4)
def _frame(bounded: bool, outlined: bool) -> str:
    """:func:`_render_frame`, kept in geo's cache folder (:func:`geo.resources.cache_dir`)
    under a digest of everything it is made from (:func:`_frame_inputs`): read from there
    when a run before rendered it, else rendered (folium and pandas imported, about 0.5-0.9
    CPU-s) and written there for the next run."""
    from geo.resources import cache_dir, keep_file

    path = cache_dir() / f"batch-page-v{FRAME_VERSION}-{_frame_inputs()[:20]}-{int(bounded)}{int(outlined)}.html"
    try:
        return path.read_bytes().decode("utf-8")  # as written: no newline translated
    except (OSError, UnicodeDecodeError):
        pass
    page = _render_frame(bounded, outlined)
    if bounded and page.count(_tojson(_SENTINEL)) != 1:  # pragma: no cover - the frame could not be kept
        raise AssertionError("the combined page's bounds are not where the frame expects them")
    why = keep_file(path, page.encode("utf-8"))
    if why is None:
        _prune_frames(path.parent)
    else:  # not kept: the next run renders it again, nothing else changes
        print(f"geo: cannot keep the combined page's frame in {path.parent} ({why})", file=sys.stderr)
    return page


#: frames kept at most (each about 0.6 MB; a change to geo's code makes new ones)
FRAMES_KEPT = 16


def _prune_frames(folder: Path) -> None:
    """The kept frames beyond the :data:`FRAMES_KEPT` newest removed (another checkout's
    removed too early is rendered again, nothing else changes)."""
    frames = sorted(folder.glob("batch-page-v*.html"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in frames[FRAMES_KEPT:]:
        old.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def _frame_inputs() -> str:
    """A digest of what the page's frame is made from: geo's own code and words (every
    ``.py``, ``.toml``, ``.js`` and ``.css`` file of the package, its data aside) and the
    versions of folium, its offline build, branca, jinja2 and xyzservices. Any change to
    one of them names another file: a frame is never read for code it was not made by."""
    from importlib import metadata

    h = hashlib.sha256()
    for dist in ("folium-offline", "folium", "branca", "jinja2", "xyzservices"):
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{dist}={version}\0".encode())
    h.update(f"python={sys.version_info[:2]}\0".encode())
    package = Path(__file__).resolve().parent.parent
    for f in sorted(package.rglob("*")):
        if f.suffix in (".py", ".toml", ".js", ".css") and "data" not in f.relative_to(package).parts[:1]:
            h.update(str(f.relative_to(package)).encode("utf-8") + b"\0")
            h.update(f.read_bytes())
            h.update(b"\0")
    return h.hexdigest()


def _for_html(text: str) -> str:
    """JSON text that cannot close its <script> element (as :func:`geo.batch.json_for_html` writes)."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
