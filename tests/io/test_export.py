"""Exports that conform: GeoJSON ring orientation, KML schema order and ids, GeoPackage
geometry and field types, the CSV's ACLED columns, and GDAL's ogrinfo opens all three."""

from __future__ import annotations

import copy
import csv
import html
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pyogrio
import pytest
import shapely
from shapely.geometry import shape

import geo
from geo.io.export import ACLED_COLUMNS, CSV_COLUMNS, export, to_csv, to_kml, xml_id
from tests.conftest import ROOT, ogrinfo

NS = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture(scope="module")
def fc(seed_fc):
    """The seed's collection plus a movement with only its destination named (a Point)."""
    out = copy.deepcopy(seed_fc)
    move = next(f for f in out["features"] if f["properties"]["kind"] == "movement")
    half = copy.deepcopy(move)
    half["properties"].update({"id": "movement:?->" + move["properties"]["to"] + "@s99", "from": None})
    half["geometry"] = {"type": "Point", "coordinates": move["geometry"]["coordinates"][-1]}
    out["features"].append(half)
    return out


@pytest.fixture(scope="module")
def exported(fc, tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    return {fmt: export(fc, fmt, out) for fmt in ("kml", "gpkg", "csv")}


def _rings(geom):
    polys = [geom] if geom.geom_type == "Polygon" else list(getattr(geom, "geoms", []))
    for p in polys:
        if p.geom_type == "Polygon":
            yield "exterior", p.exterior
            for r in p.interiors:
                yield "interior", r


def test_polygon_exterior_rings_are_counter_clockwise(seed_fc):
    checked = 0
    for f in seed_fc["features"]:
        for which, ring in _rings(shape(f["geometry"])):
            assert shapely.is_ccw(ring) == (which == "exterior"), f["properties"]["id"]
            checked += 1
    assert checked >= 3  # countries and the river band


def test_rings_from_a_geodataframe_are_counter_clockwise():
    cw = {"type": "Feature", "properties": {"kind": "place", "id": "sq", "name": "Square"},
          "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]}}
    assert not shapely.is_ccw(shape(cw["geometry"]).exterior)
    out = geo.collection(geo.read_events({"type": "FeatureCollection", "features": [cw]}).pipe(lambda g: g))
    # read_events keeps a GeoDataFrame; collection() writes it back as GeoJSON
    assert shapely.is_ccw(shape(out["features"][0]["geometry"]).exterior)


# --- KML -------------------------------------------------------------------------------
# the order of the elements geo writes, as the OGC KML 2.2 schema's sequences define it
DOCUMENT_ORDER = ["name", "Style", "Folder"]
PLACEMARK_ORDER = ["name", "description", "TimeSpan", "styleUrl", "ExtendedData", "Point", "LineString", "Polygon", "MultiGeometry"]
STYLE_ORDER = ["IconStyle", "LabelStyle", "LineStyle", "PolyStyle"]


def _in_order(elem, order):
    tags = [c.tag.removeprefix(NS) for c in elem]
    pos = [order.index(t) for t in tags]
    return pos == sorted(pos), tags


def test_kml_elements_in_schema_order(fc):
    root = ET.fromstring(to_kml(fc).encode("utf-8"))
    doc = root.find(f"{NS}Document")
    ok, tags = _in_order(doc, DOCUMENT_ORDER)
    assert ok, tags
    marks = root.iter(f"{NS}Placemark")
    for pm in marks:
        ok, tags = _in_order(pm, PLACEMARK_ORDER)
        assert ok, tags
    for st in root.iter(f"{NS}Style"):
        ok, tags = _in_order(st, STYLE_ORDER)
        assert ok, tags
    assert any(pm.find(f"{NS}TimeSpan") is not None for pm in root.iter(f"{NS}Placemark"))


NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")


def test_kml_ids_are_valid_and_unique_and_keep_the_feature_id(fc):
    root = ET.fromstring(to_kml(fc).encode("utf-8"))
    ids = [e.get("id") for e in root.iter() if e.get("id") is not None]
    assert ids and all(NCNAME.match(i) for i in ids), [i for i in ids if not NCNAME.match(i)]
    assert len(ids) == len(set(ids))
    # values are HTML-escaped (a balloon renders HTML): unescaped, they are the ids
    kept = {html.unescape(d.find(f"{NS}value").text) for d in root.iter(f"{NS}Data") if d.get("name") == "id"}
    assert {f["properties"]["id"] for f in fc["features"]} == kept


@pytest.mark.parametrize(
    "raw, want",
    [
        pytest.param("movement:a->b@s5", "movement_a-_b_s5", id="punctuation"),
        pytest.param("1st", "f_1st", id="leading-digit"),
        pytest.param("Ḥimṣ", "im", id="non-ascii"),
        pytest.param(":::", "f", id="nothing-left"),
    ],
)
def test_xml_id(raw, want):
    got = xml_id(raw, set())
    assert NCNAME.match(got)
    assert got == want


def test_xml_id_unique():
    used: set[str] = set()
    assert [xml_id("a:b", used), xml_id("a@b", used)] == ["a_b", "a_b_2"]


@pytest.mark.skipif(shutil.which("xmllint") is None, reason="xmllint not installed")
def test_kml_is_well_formed_for_xmllint(exported):
    r = subprocess.run(["xmllint", "--noout", str(exported["kml"])], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


# --- GeoPackage ------------------------------------------------------------------------
def test_gpkg_points_stay_points_and_dates_are_dates(exported, fc):
    layers = dict(pyogrio.list_layers(exported["gpkg"]))
    assert layers["events"] == "Point"
    assert layers["movements"] == "LineString"
    assert layers["movements_points"] == "Point"
    assert layers["places_points"] == "Point"
    info = pyogrio.read_info(exported["gpkg"], layer="events")
    types = dict(zip(info["fields"], info["ogr_types"]))
    assert types["date_start"] == "OFTDate" and types["date_end"] == "OFTDate"
    df = pyogrio.read_dataframe(exported["gpkg"], layer="movements")
    moves = [f for f in fc["features"] if f["properties"]["kind"] == "movement" and f["geometry"]["type"] == "LineString"]
    assert [str(v)[:10] for v in df["date_start"]] == [f["properties"]["date_start"] for f in moves]
    assert list(df["id"]) == [f["properties"]["id"] for f in moves]


# --- CSV -------------------------------------------------------------------------------
def _documented_acled_columns() -> list[str]:
    text = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("ACLED columns:"))
    return re.findall(r"`([a-z0-9_]+)`", line)


def test_csv_header_is_the_documented_acled_subset(fc):
    header = next(csv.reader(to_csv(fc).splitlines()))
    assert header == CSV_COLUMNS
    assert header[: len(ACLED_COLUMNS)] == _documented_acled_columns()
    assert all(c.startswith("geo_") for c in header[len(ACLED_COLUMNS):])


def test_csv_values_use_acled_vocabulary(fc):
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(to_csv(fc).splitlines())}
    capture = next(r for r in rows.values() if r["geo_event_type"] == "capture")
    assert (capture["event_type"], capture["country"], capture["iso"], capture["year"]) == ("Battles", "Syria", "760", "2017")
    assert capture["time_precision"] == "2"  # "last week": a week-long span
    assert {r["geo_hedged"] for r in rows.values()} <= {"0", "1"} and {r["geo_edited"] for r in rows.values()} == {"0"}
    attack = next(r for r in rows.values() if r["geo_event_type"] == "attack")
    assert attack["event_type"] == "" and attack["country"] == "Syria"  # derived place: the country of what it is near
    half = next(r for r in rows.values() if r["event_id_cnty"].endswith("@s99"))
    assert half["geo_to_location"] == half["location"] != ""


# --- ogrinfo ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "fmt, opts, want",
    [
        pytest.param("gpkg", [], ["Layer name: events\nGeometry: Point\n", "Layer name: movements\nGeometry: Line String\n",
                               "Layer name: movements_points\nGeometry: Point\n", "date_start: Date"], id="gpkg"),
        pytest.param("kml", [], ["Places", "Movements", "Events"], id="kml"),
        # no open options: events.csvt says which columns are the point, events.prj the CRS
        pytest.param("csv", [], ["Geometry: Point", "event_id_cnty: String", 'GEOGCRS["WGS 84"'], id="csv"),
    ],
)
def test_ogrinfo_opens_the_export(exported, fc, fmt, opts, want):
    r = subprocess.run([ogrinfo(), "-ro", "-al", "-so", *opts, str(exported[fmt])], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "ERROR" not in r.stderr and "Warning" not in r.stderr, r.stderr
    for w in want:
        assert w in r.stdout, (w, r.stdout[:2000])
    # the layers with a geometry (the GeoPackage's layer_styles and geo_fields are tables)
    counts = [int(n) for g, n in re.findall(r"Geometry: ([^\n]+)\nFeature Count: (\d+)", r.stdout) if g != "None"]
    n_claims = sum(f["properties"]["kind"] != "place" for f in fc["features"])
    assert sum(counts) == (n_claims if fmt == "csv" else len(fc["features"]))
