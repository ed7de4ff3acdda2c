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
from shapely.geometry import box, shape

from geo.io import write_text_atomic
from geo.render import _templates
from geo.render._folium import Fullscreen, folium
from geo.render._html import _as_list, _date, _features, _js, _lang, _Script, esc
from geo.render.layers import (
    _add_context,
    _add_event,
    _add_movement,
    _add_place,
    _draw_order,
    _group,
    ends_at_borders,
    lean_map,
    route_offsets,
)
from geo.render.panel import _STATIC, _add_page, claimant_counts
from geo.render.say import Say

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


#: Okabe & Ito's colour-blind-safe palette (yellow last: faint on a light map)
CLAIMANT_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]


def claimant_colors(fc: dict, say: Say | None = None) -> dict[str, str]:
    """A colour per claimant as the page names them (see :func:`claimant_counts`), in the
    order of their first claim."""
    names = claimant_counts(fc, say or Say.of(fc))
    return {n: CLAIMANT_COLORS[i % len(CLAIMANT_COLORS)] for i, n in enumerate(names)}


def _claims_bounds(features: list[dict]) -> list[list[float]] | None:
    """The bounds the map opens on: the story's places (:func:`_bounds`) and every claim
    whole, so no movement runs off the screen."""
    claims = [f for f in features if f["properties"].get("kind") in ("movement", "event")]
    boxes = [b for b in (_bounds(features), _bounds(claims, pad=0.05) if claims else None) if b]
    if not boxes:
        return None
    return [[min(b[0][0] for b in boxes), min(b[0][1] for b in boxes)], [max(b[1][0] for b in boxes), max(b[1][1] for b in boxes)]]


#: labels drawn first win a place: towns and crossings, then areas and lines, countries last
_LABEL_ORDER = {"town": 0, "crossing": 0, "border": 2, "river": 2, "country": 3, "continent": 4}


def _label_at(geom: dict, view: list[list[float]] | None) -> tuple[float, float] | None:
    """Where a place's label stands: the point; a line's middle, an area's inside, taken
    within the view the map opens on when the place reaches into it (a country or a river
    wider than the story is labelled where the story is)."""
    try:
        g = shape(geom)
        if g.is_empty:
            return None
        if g.geom_type != "Point" and view is not None:
            (south, west), (north, east) = view
            inner = g.intersection(box(west, south, east, north))
            g = inner if not inner.is_empty else g
        if g.geom_type == "Point":
            p = g
        elif "Line" in g.geom_type:
            parts = list(getattr(g, "geoms", [g]))
            p = max(parts, key=lambda x: x.length).interpolate(0.5, normalized=True)
        else:
            p = g.representative_point()
        x, y = p.coords[0][:2]
        return (round(y, 5), round(x, 5))
    except Exception:  # noqa: BLE001 - a geometry shapely cannot read gets no label
        return None


def _labels(features: list[dict], say: Say, view: list[list[float]] | None = None) -> list[list[Any]]:
    """Every place's label (latitude, longitude, the article's spelling, its id), in the
    order they claim room on the map."""
    rows: list[tuple[int, int, list[Any]]] = []
    for n, f in enumerate(features):
        props = f["properties"]
        if props.get("kind") != "place":
            continue
        at = _label_at(f["geometry"], view)
        if at is None:
            continue
        order = _LABEL_ORDER.get(str(props.get("place_kind")), 1 if f["geometry"].get("type") == "Point" else 2)
        rows.append((order, n, [at[0], at[1], say.spelling(props), str(props.get("id"))]))
    return [r for _, _, r in sorted(rows, key=lambda t: (t[0], t[1]))]


def _context_labels(towns: list[list[Any]], places: list[list[Any]]) -> list[list[Any]]:
    """The context towns' labels (most populous first), less a town the article names."""
    near = 0.03  # degrees: the same town, drawn by the article already
    return [t for t in towns if not any(abs(t[0] - p[0]) < near and abs(t[1] - p[1]) < near for p in places)]


def make_map(fc: dict, context: bool = True) -> folium.Map:
    """A folium map of a (validated) FeatureCollection: the article beside the map, its
    mentions linked to the features, the places labelled, a time slider, and context layers
    from bundled data; every word in the article's language."""
    say = Say.of(fc)
    m = lean_map(tiles=None, control_scale=True)
    folium.TileLayer(xyz.OpenStreetMap.Mapnik, name=say("layer_streets"), attr=say("osm_attribution")).add_to(m)
    folium.TileLayer(xyz.Esri.WorldImagery, name=say("layer_satellite"), attr="© Esri", show=False).add_to(m)
    features = ends_at_borders(_features(fc))
    b = _bounds(features)
    towns: list[list[Any]] = []
    towns_group = "null"
    if context and b:
        towns, towns_group = _add_context(m, b, say)
    groups = {
        key: _group(m, say(f"layer_{key}"))
        for key in ("countries", "lines", "areas", "uncertainty", "movements", "places", "events")
    }
    labels_group = _group(m, say("layer_labels"))
    colors = claimant_colors(fc, say)
    offsets = route_offsets(features)
    registry: dict[str, dict[str, Any]] = {}
    slots: dict[tuple[Any, ...], int] = {}
    # areas first, the widest at the bottom, then lines, then points: a region drawn over a
    # town would catch the clicks meant for the town
    for f in sorted(features, key=_draw_order):
        props = f["properties"]
        kind = props.get("kind")
        layers: list[Element] = []
        if kind == "place":
            layers = _add_place(f, props, groups, fc, say)
        elif kind == "movement":
            layers = _add_movement(f, props, groups["movements"], colors, say, offsets.get(str(props.get("id")), 0))
        elif kind == "event":
            where = tuple(f["geometry"].get("coordinates") or ())
            slots[where] = slots.get(where, -1) + 1
            layers = _add_event(f, props, groups, colors, say, slots[where])
        fid = str(props.get("id", ""))
        if layers and fid:
            entry = registry.setdefault(fid, {"layers": [], "sentences": _sentences_of(props), "title": say.title(props),
                                              "names": _written_names(props)})
            entry["layers"] += layers
            if kind in ("movement", "event"):
                entry["start"], entry["end"] = _date(props.get("date_start")), _date(props.get("date_end"))
    _add_page(m, fc, colors, say)
    folium.LayerControl(collapsed=True).add_to(m)
    Fullscreen(position="topright", title=say("fullscreen"), title_cancel=say("fullscreen_exit")).add_to(m)
    fit = _claims_bounds(features)
    if fit:  # not m.fit_bounds(b): that animates, and page.js's own fit (clear of the panels) must come after it
        _Script(f"{m.get_name()}.fitBounds({_js(fit)}, {{animate: false}});").add_to(m)
    reg_js = "{" + ",".join(
        f"{_js(fid)}:{{layers:[{','.join(layer.get_name() for layer in e['layers'])}],sentences:{_js(e['sentences'])},"
        f"start:{_js(e.get('start'))},end:{_js(e.get('end'))},title:{_js(e['title'])},names:{_js(e['names'])}}}"
        for fid, e in registry.items()
    ) + "}"
    page_js = (_STATIC / "page.js").read_text(encoding="utf-8")
    ui = "{" + ",".join(f"{k}:{_js(say(k))}" for k in _UI) + "}"  # _js escapes braces: no dicts through it
    places = _labels(features, say, fit)
    label_js = (f"var GEO_LABELS = {{places: {_js(places)}, towns: {_js(_context_labels(towns, places))}, "
                f"group: {labels_group.get_name()}, townGroup: {towns_group}}};")
    _Script(f"var GEO_MAP = {m.get_name()}; var GEO_REG = {reg_js}; var GEO_FIT = {_js(fit)}; var GEO_UI = {ui};\n{label_js}\n{page_js}").add_to(m)
    return m


#: the words page.js shows (set as text, never as HTML)
_UI = ("dates", "to", "search", "not_found", "zoom_in", "zoom_out", "layers")


def _written_names(props: dict) -> list[str]:
    """How the article writes a place (its mentions' texts, each once, in order): the search
    finds a place by any of them ("Isjum" in the text, "Izium" its name)."""
    names: list[str] = []
    if props.get("kind") != "place":
        return names
    for m in _as_list(props.get("mentions")):
        t = m.get("text") if isinstance(m, dict) else None
        if isinstance(t, str) and t and t not in names:
            names.append(t)
    return names


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
