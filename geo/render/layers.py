"""The map's layers: context (bundled borders, rivers, towns), places, movements, events."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from branca.element import Element
from shapely.geometry import MultiLineString, shape

from geo.features import EVENT_COLOR, PLACE_COLORS, STATUS_COLORS
from geo.render._folium import PolyLineTextPath, folium
from geo.render._html import _color, _features, _json_block, _num, _Script, esc
from geo.render.popup import _popup, _tooltip

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


def _add_context(m: folium.Map, b: list[list[float]]) -> None:
    """The context layers, each one folium group filled by one script from one JSON array
    (not a folium object per town or line: hundreds of them made most of a page's time)."""
    from geo.render.context import context_layers

    (south, west), (north, east) = b
    layers = context_layers((west, south, east, north))
    borders = _group(m, "Context: country borders (offline)")
    _add_lines(borders, layers["borders"], {"color": "#777", "weight": 1.5, "dashArray": "5 4"})
    rivers = _group(m, "Context: rivers (offline)")
    _add_lines(rivers, layers["rivers"], {"color": "#7fb8dc", "weight": 1.5})
    towns = _group(m, "Context: towns (offline)")
    rows = [[t["geometry"]["coordinates"][1], t["geometry"]["coordinates"][0], esc(t["properties"]["name"])]
            for t in layers["towns"]["features"]]
    _Script(  # names are HTML-escaped (tooltip content is HTML)
        "(function (rows, group) { rows.forEach(function (t) { L.circleMarker([t[0], t[1]], "
        '{radius: 2, color: "#666", weight: 1, fill: true, fillOpacity: 0.8})'
        '.bindTooltip("<div>" + t[2] + "</div>", {sticky: true}).addTo(group); }); })'
        f"({_json_block(rows)}, {towns.get_name()});"
    ).add_to(towns)


def _add_lines(group: folium.FeatureGroup, fc: dict, style: dict[str, str | float]) -> None:
    """One script that draws the geometries of ``fc`` (not interactive) in ``group``."""
    geoms = [f["geometry"] for f in fc["features"]]
    _Script(f"L.geoJSON({_json_block(geoms)}, {{style: {json.dumps(style)}, interactive: false}}).addTo({group.get_name()});").add_to(group)


def _add_place(f: dict, props: dict, groups: dict[str, folium.FeatureGroup], fc: dict) -> list[Element]:
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
            why = f"uncertainty of {props.get('name') or props.get('id')}: about {precision:g} km"
            band = _border_band(props, fc, lon, lat, precision)
            if band is not None:
                layers.append(folium.PolyLine(band, color=color, weight=14, opacity=0.35, tooltip=esc(why + ", along the border")).add_to(groups["Uncertainty"]))
            folium.Circle(
                [lat, lon], radius=precision * 1000, color=color, weight=1, dash_array="4 4",
                fill=True, fill_opacity=0.08, tooltip=esc(why),
            ).add_to(groups["Uncertainty"])
        if props.get("uncertain"):  # dashed and faded: which place the name means is not clear
            marker = folium.CircleMarker(
                [lat, lon], radius=7, color=color, weight=2, dash_array="3 3", opacity=0.9, fill=True, fill_color=color,
                fill_opacity=0.3, class_name="geo-uncertain", popup=_popup(props), tooltip=_tooltip(props),
            ).add_to(groups["Places"])
        else:
            marker = folium.CircleMarker(
                [lat, lon], radius=7, color="#ffffff", weight=2, fill=True, fill_color=color, fill_opacity=1,
                popup=_popup(props), tooltip=_tooltip(props),
            ).add_to(groups["Places"])
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
        groups["Countries"] if pk == "country"
        else groups["Rivers & borders"] if gtype in ("LineString", "MultiLineString")
        else groups["Areas"]
    )
    layer = folium.GeoJson(
        {"type": "Feature", "properties": {}, "geometry": _rounded(geom)},
        style_function=lambda _f, s=style: s,
        highlight_function=lambda _f: {"weight": 5},
        tooltip=_tooltip(props),
        # folium types popup as GeoJsonPopup only, but GeoJson.__init__ takes a Popup as well
        popup=_popup(props),  # type: ignore[arg-type]
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


def _add_movement(f: dict, props: dict, group: folium.FeatureGroup, colors: dict[str, str]) -> list[Element]:
    geom = f["geometry"]
    if geom.get("type") == "Point":
        return _add_one_ended(geom, props, group, colors)
    lines = [geom["coordinates"]] if geom.get("type") == "LineString" else geom.get("coordinates", [])
    color = _color(props.get("stroke"), STATUS_COLORS.get(str(props.get("status")), STATUS_COLORS["claimed"]))
    casing = colors.get(str(props.get("claimant")), "#333333")
    weight = _num(props.get("stroke-width"), 4)
    dash = "8 6" if props.get("status") in ("disputed", "refuted") or props.get("inferred") else None
    out: list[Element] = []
    for coords in lines:
        latlon = [[c[1], c[0]] for c in coords]
        out.append(folium.PolyLine(latlon, color=casing, weight=weight + 4, opacity=0.5).add_to(group))
        line = folium.PolyLine(
            latlon, color=color, weight=weight, opacity=_num(props.get("stroke-opacity"), 0.9),
            dash_array=dash, popup=_popup(props), tooltip=_tooltip(props),
        )
        line.add_to(group)
        out.append(line)
        arrows = PolyLineTextPath(line, "     ►     ", repeat=True, offset=6, attributes={"fill": color, "font-size": "18"})
        arrows.add_to(group)
    return out


def _add_one_ended(geom: dict, props: dict, group: folium.FeatureGroup, colors: dict[str, str]) -> list[Element]:
    """A movement with one end named: an arrowhead into the point (only the destination is
    stated) or out of it (only the origin); the popup says the other end is not stated."""
    lon, lat = geom["coordinates"][:2]
    color = _color(props.get("marker-color"), STATUS_COLORS.get(str(props.get("status")), STATUS_COLORS["claimed"]))
    casing = colors.get(str(props.get("claimant")), "#333333")
    inbound = not props.get("from")
    # an arrow pointing at the place from the upper left, or leaving it to the lower right
    glyph, anchor = ("➘", (26, 26)) if inbound else ("➘", (-6, -6))
    icon = folium.DivIcon(
        html=(f'<div class="geo-one-ended" style="font-size:24px;line-height:24px;color:{color};'
              f'text-shadow:0 0 2px {casing},0 0 2px {casing}">{glyph}</div>'),
        icon_size=(24, 24), icon_anchor=anchor,
    )
    marker = folium.Marker([lat, lon], icon=icon, popup=_popup(props), tooltip=_tooltip(props)).add_to(group)
    return [marker]


def _add_event(f: dict, props: dict, groups: dict[str, folium.FeatureGroup], colors: dict[str, str], slot: int = 0) -> list[Element]:
    geom = f["geometry"]
    if geom.get("type") != "Point":
        return []
    lon, lat = geom["coordinates"][:2]
    color = _color(props.get("marker-color"), STATUS_COLORS.get(str(props.get("status")), EVENT_COLOR))
    border = colors.get(str(props.get("claimant")), "#ffffff")
    precision = _num(props.get("precision_km"), 0)
    out: list[Element] = []
    if precision >= 1:
        out.append(folium.Circle([lat, lon], radius=precision * 1000, color=color, weight=1, dash_array="2 6", fill=False).add_to(groups["Uncertainty"]))
    # a diamond beside the point, not on it, so the place marker under it stays clickable;
    # several events at one place stand side by side
    icon = folium.DivIcon(
        html=f'<div class="geo-event" style="width:12px;height:12px;transform:rotate(45deg);background:{color};border:3px solid {border}"></div>',
        icon_size=(18, 18), icon_anchor=(-6 - 20 * slot, 24),
    )
    marker = folium.Marker([lat, lon], icon=icon, popup=_popup(props), tooltip=_tooltip(props)).add_to(groups["Events"])
    return [marker, *out]
