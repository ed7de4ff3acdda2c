"""The single-article map page: :func:`make_map` builds the folium map, :func:`render_html`
renders it to the same bytes every time, :func:`save_map` writes it.

The map is made with ``offlinefolium`` (the folium-offline package: folium with Leaflet
and its plugins inlined), so the page opens from file:// with no network.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import xyzservices.providers as xyz
from branca.element import Element
from shapely.geometry import shape

from geo.io import write_text_atomic
from geo.render import _templates
from geo.render._folium import Fullscreen, MeasureControl, folium
from geo.render._html import _as_list, _date, _features, _js, _lang, _Script, _title, esc
from geo.render.i18n import texts
from geo.render.layers import _add_context, _add_event, _add_movement, _add_place, _draw_order, _group, lean_map
from geo.render.panel import _STATIC, _add_page

#: runs of hex digits at least as long as folium's ids (a run of exactly 32 may be an id);
#: simpler for the regex engine than look-arounds at every character of the page
_HEX_RUN_RE = re.compile(r"[0-9a-f]{32,}")


def _bounds(features: list[dict], pad: float = 0.15) -> list[list[float]] | None:
    """[[south, west], [north, east]] of the features, padded by ``pad`` degrees."""
    # zoom to what the story is about: not whole countries or whole rivers when there is more
    # (nor a one-ended movement that stands at a country's centre)
    def coarse(p: dict) -> bool:
        prec = p.get("precision_km")
        return isinstance(prec, (int, float)) and not isinstance(prec, bool) and prec > 150

    focus = [f for f in features if f["properties"].get("place_kind") not in ("country", "river", "lake", "sea", "border")
             and not coarse(f["properties"])] or features
    xs, ys = [], []
    for f in focus:
        try:
            b = shape(f["geometry"]).bounds
        except Exception:  # noqa: BLE001 - a geometry shapely cannot read is skipped for bounds only
            continue
        xs += [b[0], b[2]]
        ys += [b[1], b[3]]
    if not xs:
        return None
    return [[min(ys) - pad, min(xs) - pad], [max(ys) + pad, max(xs) + pad]]


CLAIMANT_COLORS = ["#1f3b73", "#6a3d9a", "#b15928", "#006d2c", "#7a0177", "#525252"]


def claimant_colors(fc: dict) -> dict[str, str]:
    """A colour per claimant, in a stable order."""
    names = sorted({str(f["properties"].get("claimant")) for f in _features(fc) if f["properties"].get("claimant")})
    return {n: CLAIMANT_COLORS[i % len(CLAIMANT_COLORS)] for i, n in enumerate(names)}


def make_map(fc: dict, context: bool = True) -> folium.Map:
    """A folium map of a (validated) FeatureCollection: the article beside the map, its
    mentions linked to the features, a time slider, and context layers from bundled data."""
    m = lean_map(tiles=None, control_scale=True)
    folium.TileLayer(xyz.OpenStreetMap.Mapnik, name="Streets (OpenStreetMap)").add_to(m)
    folium.TileLayer(xyz.Esri.WorldImagery, name="Satellite (Esri)", show=False).add_to(m)
    features = _features(fc)
    b = _bounds(features)
    if context and b:
        _add_context(m, b)
    groups = {
        name: _group(m, name)
        for name in ("Countries", "Rivers & borders", "Areas", "Uncertainty", "Movements", "Places", "Events")
    }
    colors = claimant_colors(fc)
    registry: dict[str, dict[str, Any]] = {}
    slots: dict[tuple[Any, ...], int] = {}
    # areas first, the widest at the bottom, then lines, then points: a region drawn over a
    # town would catch the clicks meant for the town
    for f in sorted(features, key=_draw_order):
        props = f["properties"]
        kind = props.get("kind")
        layers: list[Element] = []
        if kind == "place":
            layers = _add_place(f, props, groups, fc)
        elif kind == "movement":
            layers = _add_movement(f, props, groups["Movements"], colors)
        elif kind == "event":
            where = tuple(f["geometry"].get("coordinates") or ())
            slots[where] = slots.get(where, -1) + 1
            layers = _add_event(f, props, groups, colors, slots[where])
        fid = str(props.get("id", ""))
        if layers and fid:
            entry = registry.setdefault(fid, {"layers": [], "sentences": _sentences_of(props), "title": _title(props)})
            entry["layers"] += layers
            if kind in ("movement", "event"):
                entry["start"], entry["end"] = _date(props.get("date_start")), _date(props.get("date_end"))
    words = texts(_lang(fc))
    _add_page(m, fc, colors, words)
    folium.LayerControl(collapsed=True).add_to(m)
    Fullscreen(position="topright").add_to(m)
    MeasureControl(position="topright", primary_length_unit="kilometers", secondary_length_unit="miles", primary_area_unit="sqkilometers").add_to(m)
    if b:  # not m.fit_bounds(b): that animates, and page.js's own fit (clear of the panels) must come after it
        _Script(f"{m.get_name()}.fitBounds({_js(b)}, {{animate: false}});").add_to(m)
    reg_js = "{" + ",".join(
        f"{_js(fid)}:{{layers:[{','.join(layer.get_name() for layer in e['layers'])}],sentences:{_js(e['sentences'])},"
        f"start:{_js(e.get('start'))},end:{_js(e.get('end'))},title:{_js(e['title'])}}}"
        for fid, e in registry.items()
    ) + "}"
    page_js = (_STATIC / "page.js").read_text(encoding="utf-8")
    ui = "{" + ",".join(f"{k}:{_js(words[k])}" for k in ("dates", "to", "search", "not_found")) + "}"  # _js escapes braces: no dicts through it
    _Script(f"var GEO_MAP = {m.get_name()}; var GEO_REG = {reg_js}; var GEO_FIT = {_js(b)}; var GEO_UI = {ui};\n{page_js}").add_to(m)
    return m


def _sentences_of(props: dict) -> list[int]:
    out = [m.get("sentence") for m in _as_list(props.get("mentions")) if isinstance(m, dict)]
    out.append(props.get("sentence"))
    return sorted({s for s in out if isinstance(s, int) and not isinstance(s, bool)})


_VIEWPORT_RE = re.compile(r'<meta name="viewport" content="[^"]*"\s*/>')


def render_html(fc: dict) -> str:
    """The map's HTML page, byte-identical for the same collection: with the article's
    language on ``<html>`` and a viewport that lets phones pinch-zoom."""
    page = render_stable(make_map(fc).get_root())
    page = _VIEWPORT_RE.sub('<meta name="viewport" content="width=device-width, initial-scale=1.0" />', page, count=1)
    return page.replace("<html>", f'<html lang="{esc(_lang(fc))}">', 1)


def element_ids(root: Element) -> set[str]:
    """The ids of every element under ``root`` (after it rendered: rendering adds some),
    the random 32 hex digits folium writes into its names (``map_<id>``, ``popup_<id>``)."""
    ids: set[str] = set()
    seen: set[int] = set()
    stack: list[Element] = [root]
    while stack:
        element = stack.pop()
        if id(element) in seen:
            continue
        seen.add(id(element))
        ids.add(element._id)
        # children, and the header/html/script parts of a figure or a popup
        stack += [v for v in element._children.values() if isinstance(v, Element)]
        stack += [v for v in vars(element).values() if isinstance(v, Element)]
    return ids


def stable_ids(page: str, ids: set[str]) -> str:
    """Rename folium's random element ids (``ids``: see :func:`element_ids`) to sequential
    ones in the order they first appear, so the same map renders to the same bytes every
    time. Only those ids are renamed: a run of hex digits in the article (an MD5, a UUID
    without dashes) stays as it is.

    >>> stable_ids("map_" + "ab" * 16 + " md5 " + "cd" * 16 + " map_" + "ab" * 16, {"ab" * 16})
    'map_00000000000000000000000000000001 md5 cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd map_00000000000000000000000000000001'
    """
    order: dict[str, str] = {}

    def renumber(match: re.Match[str]) -> str:
        run = match.group()
        return order.setdefault(run, f"{len(order) + 1:032x}") if run in ids else run

    return _HEX_RUN_RE.sub(renumber, page)


def render_stable(root: Element) -> str:
    """``root`` rendered, with folium's ids renamed by :func:`stable_ids` (within geo's own
    render call, branca renders its elements as plain text: see :mod:`geo.render._templates`)."""
    with _templates.plain_text_elements():
        page = root.render()
    return stable_ids(page, element_ids(root))


def save_map(fc: dict, path: str | Path) -> None:
    """Render and write the map atomically."""
    write_text_atomic(path, render_html(fc))
