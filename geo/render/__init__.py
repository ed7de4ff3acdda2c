"""Render a FeatureCollection as a folium map (with render_batch.py, the only modules that
import folium).

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
from typing import Any, cast

import numpy as np
import xyzservices.providers as xyz
from branca.element import Element, Figure, MacroElement
from jinja2 import Template
from shapely.geometry import MultiLineString, shape

from geo.features import EVENT_COLOR, PLACE_COLORS, STATUS_COLORS
from geo.io import write_text_atomic
from geo.io.validate import sentences_are_of_text
from geo.render import _templates
from geo.render._folium import Fullscreen, MeasureControl, PolyLineTextPath, folium  # without pandas (see there)
from geo.render.i18n import texts

_templates.install()  # the page's elements are rendered once, not compiled again as templates

#: runs of hex digits at least as long as folium's ids (a run of exactly 32 is an id);
#: simpler for the regex engine than look-arounds at every character of the page
_HEX_RUN_RE = re.compile(r"[0-9a-f]{32,}")


_ENTITIES = str.maketrans({"{": "&#123;", "}": "&#125;", "`": "&#96;", "\\": "&#92;", "$": "&#36;"})


def esc(value: Any) -> str:
    """HTML-escape any value (None becomes an empty string).

    Beyond ``html.escape``, braces, backticks, backslashes and dollar signs become
    entities too: folium puts popup and tooltip HTML inside JavaScript template literals
    and re-reads rendered scripts as Jinja templates, so ``${...}``, a backtick or
    ``{{ ... }}`` in an article would otherwise break out or break the page.

    >>> esc('<img src=x onerror=alert(1)>')
    '&lt;img src=x onerror=alert(1)&gt;'
    >>> esc("{{ x }} `${y}`")
    '&#123;&#123; x &#125;&#125; &#96;&#36;&#123;y&#125;&#96;'
    """
    return html.escape("" if value is None else str(value), quote=True).translate(_ENTITIES)


def _color(value: Any, default: str) -> str:
    """A colour from a property, only if it is a plain CSS colour (no markup can pass)."""
    if isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}", value):
        return value
    return default


def _num(value: Any, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def _as_list(value: Any) -> list[Any]:
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
            ("Region", props.get("region")),
            ("Precision", f"about {props.get('precision_km')} km" if props.get("precision_km") is not None else None),
            ("Location", "inferred, not from a gazetteer" if props.get("inferred") else "gazetteer"),
            ("Confidence", f"{props.get('confidence')} (chosen among {len(_as_list(props.get('candidates'))) + 1} places of that name)" if props.get("confidence") is not None else None),
            ("Other candidates", None if props.get("uncertain") else _join([f"{c.get('name')} ({c.get('country')})" for c in _candidates(props)]) or None),
            ("Why", props.get("note")),
            ("Geometry source", props.get("source")),
            ("Mentions", _join([m.get("text") if isinstance(m, dict) else m for m in _as_list(props.get("mentions"))]) or None),
        ]
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows if v not in (None, ""))
    quote = props.get("quote")
    q = f'<blockquote class="geo-quote">{esc(quote)}</blockquote>' if quote else ""
    title = props.get("title") or props.get("name") or props.get("id")
    which = _uncertain_html(props) if kind == "place" and props.get("uncertain") else ""
    return f'<div class="geo-popup" data-id="{esc(props.get("id"))}"><b>{esc(title)}</b>{which}<table>{body}</table>{q}</div>'


def _candidates(props: dict) -> list[dict]:
    return [c for c in _as_list(props.get("candidates")) if isinstance(c, dict)]


def _question(props: dict) -> str:
    """ "which X?" for an uncertain place (its own words when the collection has them)."""
    q = props.get("question")
    return q if isinstance(q, str) and q else f"which {props.get('name') or props.get('id')}?"


def _where(c: dict) -> str:
    """A runner-up in a few words: "Springfield (Missouri, United States of America)"."""
    place = ", ".join(str(x) for x in (c.get("region"), c.get("country_name") or c.get("country")) if x)
    return f"{c.get('name')} ({place})" if place else str(c.get("name"))


def _uncertain_html(props: dict) -> str:
    """An uncertain place's question and the other places of that name (name, country,
    population), every value escaped."""
    rows = "".join(
        f"<tr><td>{esc(c.get('name'))}</td><td>{esc(c.get('region'))}</td><td>{esc(c.get('country_name') or c.get('country'))}</td>"
        f"<td>{esc(f'{pop:,}' if isinstance(pop := c.get('population'), int) and not isinstance(pop, bool) and pop > 0 else '')}</td></tr>"
        for c in _candidates(props)
    )
    table = (f'<table class="geo-runners-up"><tr><th>{esc("Other places of that name")}</th><th>{esc("Region")}</th><th>{esc("Country")}</th>'
             f"<th>{esc('Population')}</th></tr>{rows}</table>") if rows else ""
    return (f'<div class="geo-which"><b>{esc(_question(props))}</b> {esc("Uncertain: the name may mean another place.")}'
            f"</div>{table}")


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
_STATIC = Path(__file__).resolve().parent / "static"
NOT_PLACE_TITLES = {
    "treaty": "part of a treaty's name: not mapped",
    "organisation": "part of an organisation's name: not mapped",
    "government": "stands for a government, not a place where something happened: not mapped",
    "attribute": "describes an actor (its nationality), not a place: not mapped",
}


class _Raw(Element):
    """Raw HTML put into the page as it is. (``folium.Element(text)`` would parse the text
    as a Jinja template: article text such as ``{{ ... }}`` would break or run in it.)"""

    def __init__(self, html: str):
        super().__init__()
        self._raw = html

    def render(self, **kwargs: Any) -> str:
        return self._raw


class _Script(MacroElement):
    """Raw JavaScript placed after every map element's own script."""

    _template = Template("{% macro script(this, kwargs) %}{{ this.js }}{% endmacro %}")

    def __init__(self, js: str):
        super().__init__()
        self._name = "GeoScript"
        self.js = js


def _js(value: Any) -> str:
    """A JSON literal (of strings, numbers, lists, null) safe inside a <script> element and
    through folium's Jinja pass: no ``</``, ``<!--`` or braces survive."""
    text = json.dumps(value, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("{", "\\u007b").replace("}", "\\u007d")


def claimant_colors(fc: dict) -> dict[str, str]:
    """A colour per claimant, in a stable order."""
    names = sorted({str(f["properties"].get("claimant")) for f in _features(fc) if f["properties"].get("claimant")})
    return {n: CLAIMANT_COLORS[i % len(CLAIMANT_COLORS)] for i, n in enumerate(names)}


def _features(fc: dict) -> list[dict]:
    return [f for f in fc.get("features", []) if isinstance(f, dict) and f.get("geometry") and isinstance(f.get("properties"), dict)]


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


def _title(props: dict) -> str:
    """A feature's accessible name (plain text: set with setAttribute, never as HTML)."""
    return str(props.get("title") or props.get("name") or props.get("id") or "")


def _meta(fc: dict) -> dict:
    """The collection's ``geo`` member (what geo knows of the article), or an empty dict."""
    meta = fc.get("geo")
    return meta if isinstance(meta, dict) else {}


def _page(m: folium.Map) -> Figure:
    """The page a map is drawn in (``folium.Map`` always puts itself in a ``Figure``;
    ``get_root`` is only typed as returning an ``Element``)."""
    return cast(Figure, m.get_root())


def _lang(fc: dict) -> str:
    meta = _meta(fc)
    lang = meta.get("lang")
    return lang if isinstance(lang, str) and re.fullmatch(r"[a-z]{2,3}", lang) else "en"


def _date(v: Any) -> str | None:
    return v if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else None


def _sentences_of(props: dict) -> list[int]:
    out = [m.get("sentence") for m in _as_list(props.get("mentions")) if isinstance(m, dict)]
    out.append(props.get("sentence"))
    return sorted({s for s in out if isinstance(s, int) and not isinstance(s, bool)})


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


def _json_block(value: Any) -> str:
    """Numbers, strings and lists (no objects but GeoJSON geometries, whose only strings are
    their types) as a compact JS literal, safe in a <script> element and through folium's
    Jinja pass: strings are escaped like _js (no ``<``, ``>`` or braces survive in them)."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def _tooltip(props: dict) -> folium.Tooltip:
    title = props.get("title") or props.get("name") or props.get("id")
    if props.get("kind") == "place" and props.get("uncertain"):
        return folium.Tooltip(esc(f"{title} ({_question(props)})"))
    return folium.Tooltip(esc(title))


def _popup(props: dict) -> folium.Popup:
    return folium.Popup(_popup_html(props), max_width=420)


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


def _sentence_spans(meta: dict, text: str) -> list[tuple[int, int, int, int]]:
    """The article's sentences as (number, start, end, paragraph): the spans extraction
    stored in ``geo.sentences`` (the Document's: a feature's ``sentence`` is its number).
    A file without them (older), or whose text the user edited (it no longer hashes to
    ``geo.text_sha256``), is split instead. (A span that does not fit the text is left out;
    the validator refuses such a file.)"""
    stored = meta.get("sentences")
    if stored is None or not sentences_are_of_text(meta):
        return _split_file_without_sentences(text)
    return [
        (i, s[0], s[1], s[2])
        for i, s in enumerate(_as_list(stored))
        if isinstance(s, list) and len(s) == 3 and all(isinstance(v, int) and not isinstance(v, bool) for v in s)
        and 0 <= s[0] < s[1] <= len(text)
    ]


def _split_file_without_sentences(text: str) -> list[tuple[int, int, int, int]]:
    """For an events file without ``geo.sentences`` of its text, and for it only: one
    written before the spans were stored, or one whose text the user edited. The sentences
    split from the text, as extraction splits them."""
    from geo.text import sentences

    return [(s.index, s.start, s.end, s.paragraph) for s in sentences(text)]


def _article_html(fc: dict, words: dict[str, str] | None = None) -> str:
    """The article text, sentence by sentence (the stored spans), with mentions linked to
    their features."""
    words = words or texts("en")
    meta = _meta(fc)
    text = meta.get("text")
    if not isinstance(text, str) or not text:
        return f"<p><i>{esc(words['no_text'])}</i></p>"
    marks: list[tuple[int, int, str]] = []
    claim_sentences: set[int] = set()
    for f in _features(fc):
        p = f["properties"]
        if p.get("kind") in ("movement", "event") and isinstance(p.get("sentence"), int):
            claim_sentences.add(p["sentence"])
        for mention in _as_list(p.get("mentions")):
            if not isinstance(mention, dict):
                continue
            a, b = mention.get("start"), mention.get("end")
            if isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text) and text[a:b] == mention.get("text"):
                marks.append((a, b, str(p.get("id"))))
    for x in _as_list(meta.get("mentioned")):
        if isinstance(x, dict):
            a, b = x.get("start"), x.get("end")
            if isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text) and text[a:b] == x.get("text"):
                marks.append((a, b, "\0" + str(x.get("reason"))))
    marks.sort()
    paragraphs: dict[int, list[str]] = {}
    for index, start, end, paragraph in _sentence_spans(meta, text):
        inner = [m for m in marks if start <= m[0] and m[1] <= end]
        pos, parts = start, []
        for a, b, fid in inner:
            if a < pos:
                continue  # overlapping mentions: keep the first
            parts.append(esc(text[pos:a]))
            if fid.startswith("\0"):  # named, but not a place where something happened
                why = NOT_PLACE_TITLES.get(fid[1:], fid[1:])
                parts.append(f'<span class="geo-not-place" title="{esc(why)}">{esc(text[a:b])}</span>')
            else:
                parts.append(
                    f'<span class="geo-mention" data-feature="{esc(fid)}" role="button" tabindex="0" '
                    f'title="{esc(words["show_on_map"])}">{esc(text[a:b])}</span>'
                )
            pos = b
        parts.append(esc(text[pos:end]))
        cls = "geo-sentence geo-claim" if index in claim_sentences else "geo-sentence"
        paragraphs.setdefault(paragraph, []).append(f'<span class="{cls}" data-s="{index}">{"".join(parts)}</span>')
    return "".join(f"<p>{' '.join(v)}</p>" for _, v in sorted(paragraphs.items()))


def _add_page(m: folium.Map, fc: dict, colors: dict[str, str], words: dict[str, str] | None = None) -> None:
    words = words or texts("en")
    meta = _meta(fc)
    claimants = _as_list(meta.get("claimants")) or list(colors)
    header = (
        '<div id="geo-header">'
        f"<div><b>{esc(words['source'])}:</b> {esc(meta.get('source', 'edited GeoJSON'))}</div>"
        f"<div><b>{esc(words['claimed_by'])}:</b> {esc(', '.join(map(str, claimants)) or words['nobody'])}</div>"
        f"<div><b>{esc(words['published'])}:</b> {esc(meta.get('published') or words['not_given'])} &nbsp; "
        f"<b>{esc(words['language'])}:</b> {esc(meta.get('lang', '?'))}</div>"
        f'<div class="geo-warning">{esc(words["warning"])}</div>'
        f'<div><a id="geo-download" href="events.geojson" download>{esc(words["download"])}</a></div></div>'
    )
    extra = ""
    unmapped = _as_list(meta.get("unmapped"))
    if unmapped:
        extra += f'<div id="geo-unmapped"><b>{esc(words["not_drawn"])}</b> ({len(unmapped)}):<ul>' + "".join(
            f"<li>{esc(u.get('reason'))}: “{esc(u.get('quote'))}”</li>" for u in unmapped if isinstance(u, dict)
        ) + "</ul></div>"
    unresolved = _as_list(meta.get("unresolved"))
    if unresolved:
        extra += (
            f'<div id="geo-unresolved" style="font:12px sans-serif;margin-top:8px"><b>{esc(words["unknown_names"])}</b> '
            f'({esc(words["not_drawn_short"])}): '
        ) + ", ".join(
            esc(u.get("text")) for u in unresolved if isinstance(u, dict)
        ) + "</div>"
    uncertain = [f["properties"] for f in _features(fc) if f["properties"].get("kind") == "place" and f["properties"].get("uncertain")]
    if uncertain:  # listed, never only drawn: each opens its place on the map
        extra += f'<div id="geo-uncertain"><b>{esc(words["uncertain_places"])}</b> ({len(uncertain)}): ' + "; ".join(
            f'<span class="geo-mention" data-feature="{esc(p.get("id"))}" role="button" tabindex="0" title="{esc(words["show_on_map"])}">'
            f"{esc(_title(p))}</span> ({esc(_question(p))}"
            + (f" {esc(', '.join(_where(c) for c in _candidates(p)))}" if _candidates(p) else "")
            + ")"
            for p in uncertain
        ) + "</div>"
    mentioned = _as_list(meta.get("mentioned"))
    if mentioned:
        extra += f'<div id="geo-mentioned"><b>{esc(words["named_not_place"])}</b> ' + ", ".join(
            f"{esc(x.get('text'))} ({esc(x.get('reason'))})" for x in mentioned if isinstance(x, dict)
        ) + "</div>"
    panel = (
        f'<div id="geo-panel" role="region" aria-label="{esc(words["article"])}">{header}'
        f'<div id="geo-text" lang="{esc(_lang(fc))}">{_article_html(fc, words)}</div>{extra}</div>'
    )
    root = _page(m)
    title = f"{words['title']}: {meta.get('source') or 'edited GeoJSON'}"
    root.header.add_child(_Raw(f"<title>{esc(title)}</title>"))
    root.header.add_child(_Raw(f"<style>{(_STATIC / 'page.css').read_text(encoding='utf-8')}</style>"))
    root.html.add_child(_Raw(panel))
    root.html.add_child(_Raw(_legend_html(colors, words)))


def _legend_html(colors: dict[str, str], words: dict[str, str] | None = None) -> str:
    words = words or texts("en")
    rows = [f'<div><span class="sw" style="background:{c};width:22px;height:4px"></span>{esc(words.get(s, s))}</div>' for s, c in STATUS_COLORS.items()]
    rows.append(f"<div style='margin-top:4px'><b>{esc(words['claimant_outline'])}</b></div>")
    rows += [f'<div><span class="sw" style="border:3px solid {c};width:16px;height:4px"></span>{esc(n)}</div>' for n, c in colors.items()]
    rows.append(f'<div style="margin-top:4px"><span class="sw" style="background:{EVENT_COLOR};width:10px;height:10px;transform:rotate(45deg)"></span>{esc(words["event_kinds"])}</div>')
    for kind in ("town", "crossing", "river", "border", "area"):
        rows.append(f'<div><span class="sw" style="background:{PLACE_COLORS[kind]};width:12px;height:12px;border-radius:6px"></span>{esc(words[kind])}</div>')
    rows.append(f'<div><span class="sw" style="border:1px dashed #555;width:12px;height:12px;border-radius:6px"></span>{esc(words["uncertainty"])}</div>')
    rows.append(f'<div class="geo-legend-uncertain"><span class="sw" style="border:2px dashed {PLACE_COLORS["town"]};background:rgba(31,119,180,0.3);'
                f'width:10px;height:10px;border-radius:7px"></span>{esc(words["uncertain_place"])}</div>')
    rows.append(f"<div>{esc(words['direction'])}</div>")
    # a <details>: collapsible by click or keyboard; page.js closes it on narrow screens
    return (
        f'<details id="geo-legend" open><summary><b>{esc(words["legend"])}</b> — {esc(words["status_colour"])}</summary>'
        + "".join(rows) + "</details>"
    )


_VIEWPORT_RE = re.compile(r'<meta name="viewport" content="[^"]*"\s*/>')


def render_html(fc: dict) -> str:
    """The map's HTML page, byte-identical for the same collection: with the article's
    language on ``<html>`` and a viewport that lets phones pinch-zoom."""
    page = stable_ids(make_map(fc).get_root().render())
    page = _VIEWPORT_RE.sub('<meta name="viewport" content="width=device-width, initial-scale=1.0" />', page, count=1)
    return page.replace("<html>", f'<html lang="{esc(_lang(fc))}">', 1)


def stable_ids(page: str) -> str:
    """Replace folium's random element ids by sequential ones, so the same map renders to
    the same bytes every time."""
    ids: dict[str, str] = {}

    def renumber(match: re.Match[str]) -> str:
        run = match.group()
        return ids.setdefault(run, f"{len(ids) + 1:032x}") if len(run) == 32 else run

    return _HEX_RUN_RE.sub(renumber, page)


def save_map(fc: dict, path: str | Path) -> None:
    """Render and write the map atomically."""
    write_text_atomic(path, render_html(fc))


__all__ = ["make_map", "render_html", "save_map", "esc", "json"]
