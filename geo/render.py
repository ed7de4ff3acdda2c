"""Render a FeatureCollection as a folium map (the only module that imports folium).

The map is made with ``offlinefolium`` (the folium-offline package: folium with Leaflet
and its plugins inlined), so the page opens from file:// with no network.

Every string that comes from an article or a GeoJSON file is passed through
:func:`html.escape` before folium sees it: folium itself escapes nothing.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import offlinefolium as folium
import xyzservices.providers as xyz
from offlinefolium.plugins import PolyLineTextPath
from shapely.geometry import shape

from .features import EVENT_COLOR, PLACE_COLORS, STATUS_COLORS
from .io import write_text_atomic

_ID_RE = re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")


def esc(value: Any) -> str:
    """HTML-escape any value (None becomes an empty string).

    >>> esc('<img src=x onerror=alert(1)>')
    '&lt;img src=x onerror=alert(1)&gt;'
    """
    return html.escape("" if value is None else str(value), quote=True)


def _color(value: Any, default: str) -> str:
    """A colour from a property, only if it is a plain CSS colour (no markup can pass)."""
    if isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}", value):
        return value
    return default


def _num(value: Any, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _join(value: Any) -> str:
    """A property shown as text: lists joined by commas, True as 'yes', anything else as str."""
    if isinstance(value, list):
        return ", ".join(_join(v) for v in value)
    if value is True:
        return "yes"
    if value in (None, False):
        return ""
    return str(value)


def _popup_html(props: dict) -> str:
    kind = props.get("kind")
    rows: list[tuple[str, Any]] = []
    if kind in ("movement", "event"):
        when = props.get("date_start") or "?"
        if props.get("date_end") and props.get("date_end") != props.get("date_start"):
            when = f"{when} → {props.get('date_end')}"
        rows = [
            ("Claimed by", props.get("claimant")),
            ("Status", props.get("status")),
            ("Actor", props.get("actor")),
            ("When", when),
            ("Date basis", props.get("date_basis")),
            ("Precision", f"about {props.get('precision_km')} km" if props.get("precision_km") is not None else None),
            ("Hedged in the text", "yes" if props.get("hedged") else None),
            ("Inferred", _join(props.get("inferred")) or None),
            ("Edited by hand", "yes" if props.get("edited") else None),
            ("Note", props.get("note")),
        ]
    else:
        rows = [
            ("Name", props.get("name") if props.get("name") != props.get("title") else None),
            ("Kind", props.get("place_kind")),
            ("Precision", f"about {props.get('precision_km')} km" if props.get("precision_km") is not None else None),
            ("Location", "inferred, not from a gazetteer" if props.get("inferred") else "gazetteer"),
            ("Why", props.get("note")),
            ("Geometry source", props.get("source")),
            ("Mentions", _join([m.get("text") if isinstance(m, dict) else m for m in _as_list(props.get("mentions"))]) or None),
        ]
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows if v not in (None, ""))
    quote = props.get("quote")
    q = f'<blockquote class="geo-quote">{esc(quote)}</blockquote>' if quote else ""
    title = props.get("title") or props.get("name") or props.get("id")
    return f'<div class="geo-popup" data-id="{esc(props.get("id"))}"><b>{esc(title)}</b><table>{body}</table>{q}</div>'


def _bounds(features: list[dict]) -> list[list[float]] | None:
    # zoom to what the story is about: not whole countries or whole rivers when there is more
    focus = [f for f in features if f["properties"].get("place_kind") not in ("country", "river", "border")] or features
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
    pad = 0.15
    return [[min(ys) - pad, min(xs) - pad], [max(ys) + pad, max(xs) + pad]]


def make_map(fc: dict) -> folium.Map:
    """A folium map of a (validated) FeatureCollection."""
    m = folium.Map(tiles=None, control_scale=True, prefer_canvas=False)
    folium.TileLayer(xyz.OpenStreetMap.Mapnik, name="Streets (OpenStreetMap)").add_to(m)
    folium.TileLayer(xyz.Esri.WorldImagery, name="Satellite (Esri)", show=False).add_to(m)
    groups = {
        name: folium.FeatureGroup(name=name).add_to(m)
        for name in ("Countries", "Rivers & borders", "Areas", "Uncertainty", "Places", "Movements", "Events")
    }
    features = [f for f in fc.get("features", []) if isinstance(f, dict) and f.get("geometry")]
    for f in features:
        props = f.get("properties") or {}
        kind = props.get("kind")
        if kind == "place":
            _add_place(f, props, groups)
        elif kind == "movement":
            _add_movement(f, props, groups["Movements"])
        elif kind == "event":
            _add_event(f, props, groups)
    _add_header(m, fc)
    _add_legend(m, fc)
    folium.LayerControl(collapsed=False).add_to(m)
    b = _bounds(features)
    if b:
        m.fit_bounds(b)
    return m


def _tooltip(props: dict) -> folium.Tooltip:
    return folium.Tooltip(esc(props.get("title") or props.get("name") or props.get("id")))


def _popup(props: dict) -> folium.Popup:
    return folium.Popup(_popup_html(props), max_width=420)


def _add_place(f: dict, props: dict, groups: dict) -> None:
    geom = f["geometry"]
    gtype = geom.get("type")
    pk = props.get("place_kind")
    color_default = PLACE_COLORS.get(str(pk), "#1f77b4")
    if gtype == "Point":
        lon, lat = geom["coordinates"][:2]
        color = _color(props.get("marker-color"), color_default)
        precision = _num(props.get("precision_km"), 0)
        if precision >= 1 or props.get("inferred"):
            folium.Circle(
                [lat, lon], radius=precision * 1000, color=color, weight=1, dash_array="4 4",
                fill=True, fill_opacity=0.08, tooltip=esc(f"uncertainty of {props.get('name') or props.get('id')}: about {precision:g} km"),
            ).add_to(groups["Uncertainty"])
        folium.CircleMarker(
            [lat, lon], radius=7, color="#ffffff", weight=2, fill=True, fill_color=color, fill_opacity=1,
            popup=_popup(props), tooltip=_tooltip(props),
        ).add_to(groups["Places"])
        return
    style = {
        "color": _color(props.get("stroke"), color_default),
        "weight": _num(props.get("stroke-width"), 2),
        "opacity": _num(props.get("stroke-opacity"), 0.8),
        "fillColor": _color(props.get("fill"), color_default),
        "fillOpacity": _num(props.get("fill-opacity"), 0.2),
    }
    if props.get("inferred"):
        style["dashArray"] = "6 4"
    group = (
        groups["Countries"] if pk == "country"
        else groups["Rivers & borders"] if gtype in ("LineString", "MultiLineString")
        else groups["Areas"]
    )
    layer = folium.GeoJson(
        {"type": "Feature", "properties": {}, "geometry": geom},
        style_function=lambda _f, s=style: s,
        highlight_function=lambda _f: {"weight": 5},
        tooltip=_tooltip(props),
        popup=_popup(props),
    )
    layer.add_to(group)


def _add_movement(f: dict, props: dict, group) -> None:
    geom = f["geometry"]
    lines = [geom["coordinates"]] if geom.get("type") == "LineString" else geom.get("coordinates", [])
    color = _color(props.get("stroke"), STATUS_COLORS.get(str(props.get("status")), STATUS_COLORS["claimed"]))
    weight = _num(props.get("stroke-width"), 4)
    dash = "8 6" if props.get("status") in ("disputed", "refuted") or props.get("inferred") else None
    for coords in lines:
        latlon = [[c[1], c[0]] for c in coords]
        line = folium.PolyLine(
            latlon, color=color, weight=weight, opacity=_num(props.get("stroke-opacity"), 0.9),
            dash_array=dash, popup=_popup(props), tooltip=_tooltip(props),
        )
        line.add_to(group)
        PolyLineTextPath(line, "     ►     ", repeat=True, offset=6, attributes={"fill": color, "font-size": "16"}).add_to(group)


def _add_event(f: dict, props: dict, groups: dict) -> None:
    geom = f["geometry"]
    if geom.get("type") != "Point":
        return
    lon, lat = geom["coordinates"][:2]
    color = _color(props.get("marker-color"), EVENT_COLOR)
    precision = _num(props.get("precision_km"), 0)
    if precision >= 1:
        folium.Circle([lat, lon], radius=precision * 1000, color=color, weight=1, dash_array="2 6", fill=False).add_to(groups["Uncertainty"])
    folium.RegularPolygonMarker(
        [lat, lon], number_of_sides=4, radius=10, rotation=45, color="#ffffff", weight=2,
        fill=True, fill_color=color, fill_opacity=1, popup=_popup(props), tooltip=_tooltip(props),
    ).add_to(groups["Events"])


def _add_header(m: folium.Map, fc: dict) -> None:
    meta = fc.get("geo") if isinstance(fc.get("geo"), dict) else {}
    claimants = _as_list(meta.get("claimants")) or sorted(
        {str(f["properties"].get("claimant")) for f in fc.get("features", []) if f.get("properties", {}).get("claimant")}
    )
    parts = [
        f"<b>Source:</b> {esc(meta.get('source', 'edited GeoJSON'))}",
        f"<b>Claimed by:</b> {esc(', '.join(map(str, claimants)) or 'nobody named')}",
        f"<b>Published:</b> {esc(meta.get('published', '?'))}",
        f"<b>Language:</b> {esc(meta.get('lang', '?'))}",
    ]
    box = (
        '<div id="geo-header" style="position:fixed;top:10px;left:60px;z-index:1000;background:white;'
        'padding:6px 10px;border:1px solid #999;border-radius:4px;font:13px sans-serif;max-width:60%">'
        + " &nbsp;·&nbsp; ".join(parts)
        + "<br><i>What is drawn is what the article claims, not established fact.</i></div>"
    )
    m.get_root().html.add_child(folium.Element(box))


def _add_legend(m: folium.Map, fc: dict) -> None:
    rows = [f'<div><span style="background:{c};width:22px;height:4px;display:inline-block;margin-right:6px"></span>movement, {esc(s)}</div>' for s, c in STATUS_COLORS.items()]
    rows.append(f'<div><span style="background:{EVENT_COLOR};width:10px;height:10px;display:inline-block;transform:rotate(45deg);margin:0 8px 0 6px"></span>event (capture, attack …)</div>')
    for kind in ("town", "crossing", "river", "border", "area"):
        rows.append(f'<div><span style="background:{PLACE_COLORS[kind]};width:12px;height:12px;border-radius:6px;display:inline-block;margin-right:6px"></span>{esc(kind)}</div>')
    rows.append('<div><span style="border:1px dashed #555;width:12px;height:12px;border-radius:6px;display:inline-block;margin-right:6px"></span>uncertainty of a location</div>')
    rows.append('<div>► direction of a claimed movement; dashed: inferred or disputed</div>')
    meta = fc.get("geo") if isinstance(fc.get("geo"), dict) else {}
    unmapped = _as_list(meta.get("unmapped"))
    mentioned = _as_list(meta.get("mentioned"))
    extra = ""
    if unmapped:
        extra += f"<div style='margin-top:4px'><b>Not drawn</b> ({len(unmapped)}):<ul style='margin:0;padding-left:16px'>" + "".join(
            f"<li>{esc(u.get('reason'))}</li>" for u in unmapped if isinstance(u, dict)
        ) + "</ul></div>"
    if mentioned:
        extra += "<div><b>Named, not a location:</b> " + ", ".join(
            f"{esc(x.get('text'))} ({esc(x.get('reason'))})" for x in mentioned if isinstance(x, dict)
        ) + "</div>"
    box = (
        '<div id="geo-legend" style="position:fixed;bottom:40px;left:10px;z-index:1000;background:white;'
        'padding:6px 10px;border:1px solid #999;border-radius:4px;font:12px sans-serif;max-width:320px">'
        "<b>Legend</b>" + "".join(rows) + extra + "</div>"
    )
    m.get_root().html.add_child(folium.Element(box))


def render_html(fc: dict) -> str:
    """The map's HTML page, byte-identical for the same collection."""
    m = make_map(fc)
    page = m.get_root().render()
    ids: dict[str, str] = {}

    def stable(match: re.Match) -> str:
        return ids.setdefault(match.group(), f"{len(ids) + 1:032x}")

    return _ID_RE.sub(stable, page)


def save_map(fc: dict, path: str | Path) -> None:
    """Render and write the map atomically."""
    write_text_atomic(path, render_html(fc))


__all__ = ["make_map", "render_html", "save_map", "esc", "json"]
