"""Exports for the tools users already have: KML (Google Earth), GeoPackage (QGIS), CSV.

The CSV has one row per claim (movement or event), with ACLED-like columns.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from shapely.geometry import shape

from geo.io import write_text_atomic

FORMATS = ("kml", "gpkg", "csv")

CSV_COLUMNS = [
    "event_id", "event_date", "date_end", "event_type", "actor1", "claimant", "status", "location",
    "latitude", "longitude", "to_location", "to_latitude", "to_longitude", "geo_precision", "precision_km",
    "source", "notes", "hedged", "edited",
]


def _claims(fc: dict) -> list[dict]:
    return [f for f in fc["features"] if f["properties"].get("kind") in ("movement", "event")]


def _places(fc: dict) -> dict[str, dict]:
    return {f["properties"]["id"]: f for f in fc["features"] if f["properties"].get("kind") == "place"}


def geo_precision(km: float | None) -> int:
    """ACLED's geo-precision code: 1 a town, 2 a nearby area or district, 3 a larger region."""
    if km is None:
        return 3
    return 1 if km <= 5 else 2 if km <= 25 else 3


def to_csv(fc: dict) -> str:
    """One row per movement or event."""
    places = _places(fc)
    source = (fc.get("geo") or {}).get("source", "")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for f in _claims(fc):
        p = f["properties"]
        positions = _positions(f["geometry"])
        start = positions[0]
        row = {
            "event_id": p.get("id"), "event_date": p.get("date_start") or "", "date_end": p.get("date_end") or "",
            "event_type": p.get("event_type") or "movement", "actor1": p.get("actor") or "",
            "claimant": p.get("claimant") or "", "status": p.get("status") or "",
            "latitude": round(start[1], 5), "longitude": round(start[0], 5),
            "precision_km": p.get("precision_km", ""), "geo_precision": geo_precision(p.get("precision_km")),
            "source": source, "notes": p.get("quote") or "", "hedged": bool(p.get("hedged")), "edited": bool(p.get("edited")),
        }
        if p.get("kind") == "movement":
            end = positions[-1]
            row["location"] = _name(places, p.get("from"))
            row["to_location"] = _name(places, p.get("to"))
            row["to_latitude"], row["to_longitude"] = round(end[1], 5), round(end[0], 5)
        else:
            row["location"] = _name(places, p.get("place"))
        w.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def _cell(v):
    """A text cell a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a
    leading apostrophe (OWASP's advice against CSV injection); numbers stay numbers."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


def _positions(geom: dict) -> list:
    """Every position of a geometry in order (a MultiLineString's lines one after another)."""
    out: list = []

    def walk(c) -> None:
        if c and isinstance(c[0], (int, float)):
            out.append(c)
        else:
            for x in c:
                walk(x)

    walk(geom["coordinates"])
    return out


def _name(places: dict, pid) -> str:
    f = places.get(pid)
    return str(f["properties"].get("name", pid)) if f else str(pid or "")


def _kml_color(hex_color: str, alpha: str = "ff") -> str:
    """KML colours are aabbggrr."""
    h = hex_color.lstrip("#") if isinstance(hex_color, str) else ""
    if len(h) != 6 or any(c not in "0123456789abcdefABCDEF" for c in h):
        h = "d62728"
    return (alpha + h[4:6] + h[2:4] + h[0:2]).lower()


def to_kml(fc: dict) -> str:
    """A KML document: one Placemark per feature, each with its own Style."""
    ns = "http://www.opengis.net/kml/2.2"
    ET.register_namespace("", ns)
    kml = ET.Element(f"{{{ns}}}kml")
    doc = ET.SubElement(kml, f"{{{ns}}}Document")
    ET.SubElement(doc, f"{{{ns}}}name").text = str((fc.get("geo") or {}).get("source", "geo events"))
    folders = {k: ET.SubElement(doc, f"{{{ns}}}Folder") for k in ("place", "movement", "event")}
    for k, folder in folders.items():
        ET.SubElement(folder, f"{{{ns}}}name").text = {"place": "Places", "movement": "Movements", "event": "Events"}[k]
    for i, f in enumerate(fc["features"]):
        p = f["properties"]
        style_id = f"s{i}"
        style = ET.SubElement(doc, f"{{{ns}}}Style", id=style_id)
        stroke = p.get("stroke") or p.get("marker-color") or "#d62728"
        ls = ET.SubElement(style, f"{{{ns}}}LineStyle")
        ET.SubElement(ls, f"{{{ns}}}color").text = _kml_color(stroke)
        ET.SubElement(ls, f"{{{ns}}}width").text = str(p.get("stroke-width", 2))
        ps = ET.SubElement(style, f"{{{ns}}}PolyStyle")
        ET.SubElement(ps, f"{{{ns}}}color").text = _kml_color(p.get("fill") or stroke, "40")
        ics = ET.SubElement(style, f"{{{ns}}}IconStyle")
        ET.SubElement(ics, f"{{{ns}}}color").text = _kml_color(p.get("marker-color") or stroke)
        pm = ET.SubElement(folders.get(p.get("kind"), folders["place"]), f"{{{ns}}}Placemark", id=str(p.get("id")))
        ET.SubElement(pm, f"{{{ns}}}name").text = str(p.get("title") or p.get("name") or p.get("id"))
        ET.SubElement(pm, f"{{{ns}}}description").text = str(p.get("description") or "")
        ET.SubElement(pm, f"{{{ns}}}styleUrl").text = f"#{style_id}"
        if p.get("date_start") or p.get("date_end"):
            span = ET.SubElement(pm, f"{{{ns}}}TimeSpan")
            if p.get("date_start"):
                ET.SubElement(span, f"{{{ns}}}begin").text = p["date_start"]
            if p.get("date_end"):
                ET.SubElement(span, f"{{{ns}}}end").text = p["date_end"]
        ext = ET.SubElement(pm, f"{{{ns}}}ExtendedData")
        for key in ("kind", "claimant", "status", "actor", "quote", "precision_km", "from", "to", "place"):
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

    def coords(seq) -> str:
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


def _kml_polygon(parent, rings, ns, coords) -> None:
    poly = ET.SubElement(parent, f"{{{ns}}}Polygon")
    for k, ring in enumerate(rings):
        wrap = ET.SubElement(poly, f"{{{ns}}}outerBoundaryIs" if k == 0 else f"{{{ns}}}innerBoundaryIs")
        ET.SubElement(ET.SubElement(wrap, f"{{{ns}}}LinearRing"), f"{{{ns}}}coordinates").text = coords(ring)


def to_gpkg(fc: dict, path: Path) -> None:
    """A GeoPackage with one layer per kind and geometry type (QGIS-ready)."""

    groups: dict[str, list[dict]] = {}
    for f in fc["features"]:
        kind = f["properties"].get("kind", "place")
        gtype = shape(f["geometry"]).geom_type.replace("Multi", "")
        layer = {"Point": "points", "LineString": "lines", "Polygon": "areas"}[gtype]
        groups.setdefault(f"{kind}s_{layer}" if kind == "place" else f"{kind}s", []).append(f)
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

    for layer, feats in sorted(groups.items()):
        rows = []
        for f in feats:
            row = {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in f["properties"].items()}
            row["geometry"] = shape(f["geometry"])
            rows.append(row)
        gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
        gdf = gdf.astype({c: "object" for c in gdf.columns if c != "geometry" and gdf[c].dtype == "object"})
        gdf.to_file(tmp, layer=layer, driver="GPKG", engine="pyogrio", promote_to_multi=True)


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
