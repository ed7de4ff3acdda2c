"""The map's layers: context (bundled borders, rivers, towns), places, movements, events."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from branca.element import Element
from shapely.geometry import MultiLineString, Point, shape

from geo.features import EVENT_COLOR, PLACE_COLORS, STATUS_COLORS
from geo.render._folium import PolyLineOffset, PolyLineTextPath, folium
from geo.render._html import _color, _features, _json_block, _num, _Script, esc
from geo.render.popup import _popup, _tooltip
from geo.render.say import Say
from geo.schema import TENTATIVE

#: folium's page assets no geo map uses: Awesome Markers (geo draws circle markers and
#: div icons) and the icon fonts they need, about 0.8 MB of every page
UNUSED_ASSETS = frozenset({"awesome_markers", "awesome_markers_css", "awesome_rotate_css", "awesome_markers_font_css", "glyphicons_css"})


def lean_map(**options: Any) -> folium.Map:
    """A folium map that inlines only the assets geo's pages use."""
    m = folium.Map(**options)
    m.default_js = [(n, u) for n, u in m.default_js if n not in UNUSED_ASSETS]
    m.default_css = [(n, u) for n, u in m.default_css if n not in UNUSED_ASSETS]
    return m


def _group(m: folium.Map, name: str) -> folium.FeatureGroup:
    """A new layer group (with ``name`` in the layer control), added to ``m``."""
    group = folium.FeatureGroup(name=name)
    group.add_to(m)
    return group


def _add_context(m: folium.Map, b: list[list[float]], say: Say) -> tuple[list[list[Any]], str]:
    """The context layers, each one folium group filled by one script from one JSON array
    (not a folium object per town or line: hundreds of them made most of a page's time).
    Returns the towns (latitude, longitude, name), most populous first, for the labels, and
    the name of their layer group."""
    from geo.render.context import context_layers

    (south, west), (north, east) = b
    layers = context_layers((west, south, east, north))
    borders = _group(m, say("layer_ctx_borders"))
    _add_lines(borders, layers["borders"], {"color": "#777", "weight": 1.5, "dashArray": "5 4"})
    rivers = _group(m, say("layer_ctx_rivers"))
    _add_lines(rivers, layers["rivers"], {"color": "#7fb8dc", "weight": 1.5})
    towns = _group(m, say("layer_ctx_towns"))
    rows = [[t["geometry"]["coordinates"][1], t["geometry"]["coordinates"][0], esc(t["properties"]["name"])]
            for t in layers["towns"]["features"]]
    _Script(  # names are HTML-escaped (tooltip content is HTML)
        "(function (rows, group) { rows.forEach(function (t) { L.circleMarker([t[0], t[1]], "
        '{radius: 2, color: "#666", weight: 1, fill: true, fillOpacity: 0.8})'
        '.bindTooltip("<div>" + t[2] + "</div>", {sticky: true}).addTo(group); }); })'
        f"({_json_block(rows)}, {towns.get_name()});"
    ).add_to(towns)
    return [[t["geometry"]["coordinates"][1], t["geometry"]["coordinates"][0], t["properties"]["name"]] for t in layers["towns"]["features"]], towns.get_name()


def _add_lines(group: folium.FeatureGroup, fc: dict, style: dict[str, str | float]) -> None:
    """One script that draws the geometries of ``fc`` (not interactive) in ``group``."""
    geoms = [f["geometry"] for f in fc["features"]]
    _Script(f"L.geoJSON({_json_block(geoms)}, {{style: {json.dumps(style)}, interactive: false}}).addTo({group.get_name()});").add_to(group)


def _add_place(f: dict, props: dict, groups: dict[str, folium.FeatureGroup], fc: dict, say: Say) -> list[Element]:
    geom = f["geometry"]
    gtype = geom.get("type")
    pk = props.get("place_kind")
    color_default = PLACE_COLORS.get(str(pk), "#1f77b4")
    layers: list[Element] = []
    if gtype == "Point":
        lon, lat = geom["coordinates"][:2]
        color = _color(props.get("marker-color"), color_default)
        precision = _num(props.get("precision_km"), 0)
        if precision >= 1 or props.get("inferred"):
            why = say("uncertainty_of", name=say.spelling(props), n=f"{precision:g}")
            band = _border_band(props, fc, lon, lat, precision)
            if band is not None:
                layers.append(folium.PolyLine(band, color=color, weight=14, opacity=0.35, tooltip=esc(say("along_border", what=why))).add_to(groups["uncertainty"]))
            folium.Circle(
                [lat, lon], radius=precision * 1000, color=color, weight=1, dash_array="4 4",
                fill=True, fill_opacity=0.08, tooltip=esc(why),
            ).add_to(groups["uncertainty"])
        if props.get("uncertain"):  # dashed and faded: which place the name means is not clear
            marker = folium.CircleMarker(
                [lat, lon], radius=7, color=color, weight=2, dash_array="3 3", opacity=0.9, fill=True, fill_color=color,
                fill_opacity=0.3, class_name="geo-uncertain", popup=_popup(props, say), tooltip=_tooltip(props, say),
            ).add_to(groups["places"])
        else:
            marker = folium.CircleMarker(
                [lat, lon], radius=7, color="#ffffff", weight=2, fill=True, fill_color=color, fill_opacity=1,
                popup=_popup(props, say), tooltip=_tooltip(props, say),
            ).add_to(groups["places"])
        return [marker, *layers]
    style: dict[str, str | float] = {
        "color": _color(props.get("stroke"), color_default),
        "weight": _num(props.get("stroke-width"), 2),
        "opacity": _num(props.get("stroke-opacity"), 0.8),
        "fillColor": _color(props.get("fill"), color_default),
        "fillOpacity": _num(props.get("fill-opacity"), 0.2),
    }
    if props.get("inferred"):
        style["dashArray"] = "6 4"
    if props.get("uncertain"):
        style["dashArray"] = "3 5"
        style["opacity"] = min(_num(style["opacity"], 0.8), 0.4)
        style["fillOpacity"] = min(_num(style["fillOpacity"], 0.2), 0.1)
    group = (
        groups["countries"] if pk == "country"
        else groups["lines"] if gtype in ("LineString", "MultiLineString")
        else groups["areas"]
    )
    layer = folium.GeoJson(
        {"type": "Feature", "properties": {}, "geometry": _rounded(geom)},
        style_function=lambda _f, s=style: s,
        highlight_function=lambda _f: {"weight": 5},
        tooltip=_tooltip(props, say),
        # folium types popup as GeoJsonPopup only, but GeoJson.__init__ takes a Popup as well
        popup=_popup(props, say),  # type: ignore[arg-type]
    )
    layer.add_to(group)
    return [layer]


def _rounded(geom: dict, digits: int = 4) -> dict:
    """A geometry with its coordinates rounded for drawing (4 digits: about 10 m), so a
    country's outline is not written with 17 digits a number.

    >>> _rounded({"type": "LineString", "coordinates": [[36.548910000000006, 1.0], [2, 3.123456]]})
    {'type': 'LineString', 'coordinates': [[36.5489, 1.0], [2.0, 3.1235]]}
    >>> _rounded({"type": "Point", "coordinates": [36.548910000000006, 1]})
    {'type': 'Point', 'coordinates': [36.5489, 1]}
    """
    def walk(c: Any) -> Any:
        if not isinstance(c, list) or not c:
            return c
        if isinstance(c[0], list) and c[0] and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in c[0]):
            try:  # a list of positions, rounded at once
                return np.round(np.asarray(c, dtype=float), digits).tolist()
            except ValueError:  # positions of unequal length: one by one
                pass
        if isinstance(c[0], (int, float)) and not isinstance(c[0], bool):
            return [round(v, digits) if isinstance(v, float) else v for v in c]
        return [walk(x) for x in c]

    return {**geom, "coordinates": walk(geom.get("coordinates"))} if "coordinates" in geom else geom


def _border_band(props: dict, fc: dict, lon: float, lat: float, precision_km: float) -> list[list[list[float]]] | None:
    """For a place said to lie on a border: the stretch of border within its uncertainty."""
    located = props.get("located")
    if not isinstance(located, dict) or not located.get("border") or precision_km <= 0:
        return None
    border = next((g for g in _features(fc) if g["properties"].get("id") == located["border"]), None)
    if border is None:
        return None
    try:
        line = shape(border["geometry"])
    except Exception:  # noqa: BLE001 - an unreadable border just means no band
        return None
    import math

    r = precision_km / 111.32
    ellipse = shape({"type": "Polygon", "coordinates": [[
        (lon + r / max(math.cos(math.radians(lat)), 0.1) * math.cos(a / 32 * 2 * math.pi), lat + r * math.sin(a / 32 * 2 * math.pi))
        for a in range(33)
    ]]})
    part = line.intersection(ellipse)
    if part.is_empty or part.geom_type not in ("LineString", "MultiLineString"):
        return None
    parts = list(part.geoms) if isinstance(part, MultiLineString) else [part]
    return [[[y, x] for x, y in p.coords] for p in parts]


def _draw_order(f: dict) -> tuple[int, float]:
    gtype = (f.get("geometry") or {}).get("type")
    if f["properties"].get("kind") == "place" and gtype in ("Polygon", "MultiPolygon"):
        try:
            return (0, -shape(f["geometry"]).area)
        except Exception:  # noqa: BLE001 - a geometry shapely cannot read keeps its place
            return (0, 0.0)
    if f["properties"].get("kind") == "place" and gtype in ("LineString", "MultiLineString"):
        return (1, 0.0)
    return (2, 0.0)


def _add_movement(f: dict, props: dict, group: folium.FeatureGroup, colors: dict[str, str], say: Say, offset: float = 0) -> list[Element]:
    """A movement's line (casing in its claimant's colour, arrows in its direction), drawn
    ``offset`` pixels to the side of its path (movements along the same pair of places stand
    side by side; see :func:`route_offsets`)."""
    geom = f["geometry"]
    if geom.get("type") == "Point":
        return _add_one_ended(geom, props, group, colors, say)
    lines = [geom["coordinates"]] if geom.get("type") == "LineString" else geom.get("coordinates", [])
    color = _color(props.get("stroke"), STATUS_COLORS.get(str(props.get("status")), STATUS_COLORS["claimed"]))
    casing = colors.get(say.claimant(props.get("claimant")), "#333333")
    weight = _num(props.get("stroke-width"), 4)
    dash = "8 6" if props.get("status") in ("disputed", "refuted") or props.get("inferred") else None
    if props.get("modality") in TENTATIVE:
        dash = "2 8"  # possible or demanded: put forward, not stated as done
    out: list[Element] = []
    for coords in lines:
        latlon = [[c[1], c[0]] for c in coords]
        shifted: dict[str, Any] = {"offset": offset} if offset else {}
        kind = PolyLineOffset if offset else folium.PolyLine
        out.append(kind(latlon, color=casing, weight=weight + 4, opacity=0.5, **shifted).add_to(group))
        line = kind(
            latlon, color=color, weight=weight, opacity=_num(props.get("stroke-opacity"), 0.9),
            dash_array=dash, popup=_popup(props, say), tooltip=_tooltip(props, say), **shifted,
        )
        line.add_to(group)
        out.append(line)
        arrows = PolyLineTextPath(line, "     ►     ", repeat=True, offset=6, attributes={"fill": color, "font-size": "18"})
        arrows.add_to(group)
    return out


def _add_one_ended(geom: dict, props: dict, group: folium.FeatureGroup, colors: dict[str, str], say: Say) -> list[Element]:
    """A movement with one end named: an arrowhead into the point (only the destination is
    stated) or out of it (only the origin); the popup says the other end is not stated."""
    lon, lat = geom["coordinates"][:2]
    color = _color(props.get("marker-color"), STATUS_COLORS.get(str(props.get("status")), STATUS_COLORS["claimed"]))
    casing = colors.get(say.claimant(props.get("claimant")), "#333333")
    inbound = not props.get("from")
    faded = ";opacity:0.55" if props.get("modality") in TENTATIVE else ""  # possible or demanded
    # an arrow pointing at the place from the upper left, or leaving it to the lower right
    glyph, anchor = ("➘", (26, 26)) if inbound else ("➘", (-6, -6))
    icon = folium.DivIcon(
        html=(f'<div class="geo-one-ended" style="font-size:24px;line-height:24px;color:{color};'
              f'text-shadow:0 0 2px {casing},0 0 2px {casing}{faded}">{glyph}</div>'),
        icon_size=(24, 24), icon_anchor=anchor,
    )
    marker = folium.Marker([lat, lon], icon=icon, popup=_popup(props, say), tooltip=_tooltip(props, say)).add_to(group)
    return [marker]


def _add_event(f: dict, props: dict, groups: dict[str, folium.FeatureGroup], colors: dict[str, str], say: Say, slot: int = 0) -> list[Element]:
    geom = f["geometry"]
    if geom.get("type") != "Point":
        return []
    lon, lat = geom["coordinates"][:2]
    color = _color(props.get("marker-color"), STATUS_COLORS.get(str(props.get("status")), EVENT_COLOR))
    border = colors.get(say.claimant(props.get("claimant")), "#ffffff")
    precision = _num(props.get("precision_km"), 0)
    out: list[Element] = []
    if precision >= 1:
        out.append(folium.Circle([lat, lon], radius=precision * 1000, color=color, weight=1, dash_array="2 6", fill=False).add_to(groups["uncertainty"]))
    # a diamond beside the point, not on it, so the place marker under it stays clickable;
    # several events at one place stand side by side
    icon = folium.DivIcon(
        html=f'<div class="geo-event" style="width:12px;height:12px;transform:rotate(45deg);background:{color};border:3px solid {border}"></div>',
        icon_size=(18, 18), icon_anchor=(-6 - 20 * slot, 24),
    )
    marker = folium.Marker([lat, lon], icon=icon, popup=_popup(props, say), tooltip=_tooltip(props, say)).add_to(groups["events"])
    return [marker, *out]


def route_offsets(features: list[dict], step: float = 9.0) -> dict[str, float]:
    """Pixels to the side for movements that share their two ends (in either direction):
    each its own lane, centred on the path, so none hides another and each keeps its
    arrows. The side is taken against one direction of the pair, so two movements in
    opposite directions never share a lane.

    >>> line = lambda i, a, b: {"properties": {"kind": "movement", "id": i}, "geometry": {"type": "LineString", "coordinates": [a, b]}}
    >>> route_offsets([line("x", [0, 0], [1, 1]), line("y", [1, 1], [0, 0]), line("z", [5, 5], [6, 6])])
    {'x': -4.5, 'y': -4.5}
    """
    pairs: dict[tuple[tuple[float, ...], tuple[float, ...]], list[tuple[str, bool]]] = {}
    for f in features:
        props, geom = f["properties"], f.get("geometry") or {}
        if props.get("kind") != "movement" or geom.get("type") != "LineString" or len(geom.get("coordinates") or []) < 2:
            continue
        a = tuple(round(float(v), 4) for v in geom["coordinates"][0][:2])
        b = tuple(round(float(v), 4) for v in geom["coordinates"][-1][:2])
        key = (a, b) if a <= b else (b, a)
        pairs.setdefault(key, []).append((str(props.get("id")), a > b))
    out: dict[str, float] = {}
    for group in pairs.values():
        if len(group) < 2:
            continue
        for i, (fid, reverse) in enumerate(group):
            lane = (i - (len(group) - 1) / 2) * step
            # an offset is to the left of the line's own direction: a reversed line's is negated
            out[fid] = -lane if reverse else lane
    return out


def ends_at_borders(features: list[dict], near: float = 0.05) -> list[dict]:
    """The features, with a movement from one area to another that it borders drawn from
    its origin to the border they share (the point of the border nearest where it starts),
    not on to the middle of the destination: a crossing from one country into the next ends
    where it crosses. (The GeoJSON keeps the line extraction drew; only the page redraws it.)
    Areas simplified apart on either side count as bordering within ``near`` degrees."""
    from shapely.ops import nearest_points

    areas: dict[str, Any] = {}
    for f in features:
        props = f["properties"]
        if props.get("kind") == "place" and (f.get("geometry") or {}).get("type") in ("Polygon", "MultiPolygon"):
            try:
                areas[str(props.get("id"))] = shape(f["geometry"])
            except Exception:  # noqa: BLE001 - an unreadable area is not a border
                continue
    out = []
    for f in features:
        props, geom = f["properties"], f.get("geometry") or {}
        origin, dest = areas.get(str(props.get("from"))), areas.get(str(props.get("to")))
        if props.get("kind") == "movement" and geom.get("type") == "LineString" and origin is not None and dest is not None:
            border = origin.boundary.intersection(dest.buffer(near))  # the origin's edge along the destination
            coords = geom.get("coordinates") or []
            if not border.is_empty and len(coords) >= 2:
                start = Point(coords[0][:2])
                end = nearest_points(border, start)[0]
                if end.distance(start) > 1e-6:
                    f = {**f, "geometry": {"type": "LineString", "coordinates": [list(coords[0][:2]), [round(end.x, 5), round(end.y, 5)]]}}
        out.append(f)
    return out
