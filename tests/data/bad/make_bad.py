"""Write the malformed GeoJSON files of this folder and expected.json (what each must say).

    python tests/data/bad/make_bad.py

Each file is small and has one problem (except 'many-problems'); expected.json maps the
file name to [schema, message fragments the validator must produce].
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fc(*features):
    return {"type": "FeatureCollection", "features": list(features)}


def place(pid="abu-kamal", geom=None, **props):
    return {"type": "Feature", "properties": {"kind": "place", "id": pid, "name": pid, **props},
            "geometry": geom or {"type": "Point", "coordinates": [40.9, 34.4]}}


def move(mid="m1", frm="abu-kamal", to="crossing", geom=None, **props):
    return {"type": "Feature", "properties": {"kind": "movement", "id": mid, "from": frm, "to": to, "status": "claimed", **props},
            "geometry": geom or {"type": "LineString", "coordinates": [[40.9, 34.4], [41.0, 34.5]]}}


def gaz_place(**over):
    props = {"id": "x", "name": "X", "kind": "town", "precision_km": 1, "names": {"en": ["X"]}}
    props.update(over)
    return {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [40, 34]}}


TWO = [place(), place("crossing", {"type": "Point", "coordinates": [41.0, 34.5]})]
CASES: dict[str, tuple[str, object, list[str]]] = {
    "syntax-trailing-comma": ("events", '{"type": "FeatureCollection", "features": [1,]}', ["JSON syntax error at line 1, column"]),
    "syntax-unclosed": ("events", '{\n "type": "FeatureCollection",\n "features": [\n', ["JSON syntax error at line 4"]),
    "bom": ("events", b"\xef\xbb\xbf" + json.dumps(fc(*TWO)).encode(), ["byte-order mark", "without BOM"]),
    "latin1": ("events", json.dumps(fc(place(name="Déjà")), ensure_ascii=False).encode("latin-1"), ["is not UTF-8", "line 1"]),
    "empty": ("events", b"", ["the file is empty"]),
    "top-array": ("events", [], ["expected a JSON object (a FeatureCollection), found list"]),
    "top-feature": ("events", place(), ['expected "type": "FeatureCollection", found \'Feature\'']),
    "features-not-list": ("events", {"type": "FeatureCollection", "features": {"a": 1}}, ['expected "features" to be a list, found dict']),
    "feature-not-object": ("events", fc(42), ["feature 0", 'expected an object with "type": "Feature", found \'int\'']),
    "properties-null": ("events", fc({"type": "Feature", "properties": None, "geometry": {"type": "Point", "coordinates": [1, 2]}}), ["feature 0", "properties: expected an object, found None"]),
    "kind-number": ("events", fc({"type": "Feature", "properties": {"id": "a", "kind": 3}, "geometry": {"type": "Point", "coordinates": [1, 2]}}), ["feature 0 (id 'a')", "properties.kind: expected one of place, movement, event, found 3"]),
    "bad-kind": ("events", fc(place(kind="route")), ["properties.kind", "found 'route'"]),
    "missing-id": ("events", fc({"type": "Feature", "properties": {"kind": "place"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}), ["feature 0:", "properties.id: expected a non-empty string, found nothing"]),
    "duplicate-id": ("events", fc(place(), place()), ["feature 1 (id 'abu-kamal'): id: duplicate of feature 0"]),
    "movement-unknown-from": ("events", fc(*TWO, move(frm="atlantis")), ["feature 2 (id 'm1')", "properties.from: expected the id of a place feature in this file, found 'atlantis'"]),
    "movement-unknown-to": ("events", fc(*TWO, move(to="el-dorado")), ["properties.to:", "found 'el-dorado'"]),
    "latlon-swapped": ("events", fc(place(geom={"type": "Point", "coordinates": [34.45, 140.91]})), ["latitude 140.91 out of range", "may be swapped", "[longitude, latitude]"]),
    "lon-out-of-range": ("events", fc(place(geom={"type": "Point", "coordinates": [190.0, 10.0]})), ["longitude 190.0 out of range"]),
    "lat-out-of-range": ("events", fc(place(geom={"type": "Point", "coordinates": [120.0, -95.0]})), ["latitude -95.0 out of range", "must lie in [-90, 90]"]),
    "nan": ("events", '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"kind": "place", "id": "a"}, "geometry": {"type": "Point", "coordinates": [NaN, 34.0]}}]}', ["non-standard number(s) ['NaN']", "NaN or Infinity"]),
    "infinity": ("events", '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"kind": "place", "id": "a"}, "geometry": {"type": "Point", "coordinates": [40.0, -Infinity]}}]}', ["['-Infinity']"]),
    "line-one-point": ("events", fc(*TWO, move(geom={"type": "LineString", "coordinates": [[40.9, 34.4]]})), ["feature 2 (id 'm1')", "a line needs at least 2 positions, found 1"]),
    "line-same-points": ("events", fc(*TWO, move(geom={"type": "LineString", "coordinates": [[40.9, 34.4], [40.9, 34.4]]})), ["all the line's positions are the same point"]),
    "polygon-unclosed": ("events", fc(place(geom={"type": "Polygon", "coordinates": [[[40, 34], [41, 34], [41, 35], [40, 35]]]})), ["ring 0: ring is not closed", "repeat the first position"]),
    "polygon-self-intersecting": ("events", fc(place(geom={"type": "Polygon", "coordinates": [[[40, 34], [41, 35], [41, 34], [40, 35], [40, 34]]]})), ["invalid polygon (Self-intersection", "must not cross itself"]),
    "polygon-too-few": ("events", fc(place(geom={"type": "Polygon", "coordinates": [[[40, 34], [41, 34], [40, 34]]]})), ["a ring needs at least 4 positions, found 3"]),
    "geometry-empty": ("events", fc(place(geom={"type": "LineString", "coordinates": []})), ["the LineString is empty (no coordinates)"]),
    "geometry-null": ("events", fc({"type": "Feature", "properties": {"kind": "place", "id": "a"}, "geometry": None}), ["geometry: expected a geometry, found null"]),
    "geometry-unknown-type": ("events", fc(place(geom={"type": "Circle", "coordinates": [40, 34], "radius": 5})), ["geometry.type: expected one of Point", "found 'Circle'"]),
    "coordinates-strings": ("events", fc(place(geom={"type": "Point", "coordinates": ["40.9", "34.4"]})), ["expected numbers, found ['40.9', '34.4']"]),
    "position-too-short": ("events", fc(place(geom={"type": "Point", "coordinates": [40.9]})), ["expected a position [lon, lat], found [40.9]"]),
    "multipolygon-empty-part": ("events", fc(place(geom={"type": "MultiPolygon", "coordinates": [[[[40, 34], [41, 34], [41, 35], [40, 34]]], []]})), ["an empty part"]),
    "bad-status": ("events", fc(*TWO, move(status="maybe")), ["properties.status: expected one of claimed, disputed, confirmed, refuted, found 'maybe'"]),
    "bad-date": ("events", fc(*TWO, move(date_start="14/11/2017")), ["properties.date_start: expected a date YYYY-MM-DD or null, found '14/11/2017'"]),
    "movement-as-point": ("events", fc(*TWO, move(geom={"type": "Point", "coordinates": [40.9, 34.4]})), ["a movement is drawn as a LineString, found 'Point'"]),
    "negative-precision": ("events", fc(place(precision_km=-3)), ["properties.precision_km: expected a number >= 0 (km), found -3"]),
    "title-not-string": ("events", fc(place(title=12)), ["properties.title: expected a string, found 12"]),
    "from-not-string": ("events", fc(*TWO, move(frm=["abu-kamal"])), ["properties.from: expected a place id (string), found ['abu-kamal']"]),
    "many-problems": ("events", fc(place(geom={"type": "Point", "coordinates": [34.45, 140.91]}), place(), move(status="maybe", frm="nowhere")),
                      ["5 problem", "latitude 140.91", "duplicate of feature 0", "status", "found 'nowhere'"]),
    "gaz-names-not-object": ("gazetteer", fc(gaz_place(names="Abu Kamal")), ["properties.names: expected an object of language -> list of strings, found 'Abu Kamal'"]),
    "gaz-missing-name": ("gazetteer", fc(gaz_place(name="")), ["properties.name: expected a non-empty string, found ''"]),
    "gaz-missing-precision": ("gazetteer", fc(gaz_place(precision_km=None)), ["properties.precision_km: expected a number >= 0 (km), found None"]),
    # the edit loop and the limits (issue 15)
    "number-too-large": ("events", '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"kind": "place", "id": "a", "note": 1e999}, "geometry": {"type": "Point", "coordinates": [40.0, 34.0]}}]}', ["number(s) '1e999' too large for a double"]),
    "number-too-long": ("events", '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"kind": "place", "id": "a"}, "geometry": {"type": "Point", "coordinates": [4' + "0" * 60 + ', 34.0]}}]}', ["a number of 61 characters", "40-character limit ($GEO_MAX_NUMBER_DIGITS)"]),
    "nested-too-deep": ("events", '{"type": "FeatureCollection", "features": [], "x": ' + "[" * 100 + "]" * 100 + "}", ["nested more than 64 levels deep", "$GEO_MAX_DEPTH"]),
    "geo-not-object": ("events", {"type": "FeatureCollection", "geo": [1], "features": []}, ["geo: expected an object (geo's metadata), found [1]"]),
    "geo-deleted-number": ("events", {"type": "FeatureCollection", "geo": {"deleted": 5}, "features": []}, ["geo.deleted: expected a list of feature ids (strings), found 5"]),
    "geo-written-list": ("events", {"type": "FeatureCollection", "geo": {"written": ["a"]}, "features": []}, ["geo.written: expected an object of feature id -> fingerprint (strings), found ['a']"]),
    "geo-claimants-string": ("events", {"type": "FeatureCollection", "geo": {"claimants": "me"}, "features": []}, ["geo.claimants: expected a list of strings, found 'me'"]),
    "geo-published-bad": ("events", {"type": "FeatureCollection", "geo": {"published": "2017-13-01"}, "features": []}, ["geo.published: expected a date YYYY-MM-DD, found '2017-13-01'"]),
    "geo-source-number": ("events", {"type": "FeatureCollection", "geo": {"source": 3}, "features": []}, ["geo.source: expected a string, found 3"]),
    "date-impossible": ("events", fc(*TWO, move(date_start="2017-02-30")), ["properties.date_start: expected a date YYYY-MM-DD or null, found '2017-02-30'"]),
    "id-float": ("events", fc({"type": "Feature", "properties": {"kind": "place", "id": 1.5}, "geometry": {"type": "Point", "coordinates": [1, 2]}}), ["properties.id: expected a non-empty string, found 1.5"]),
    "id-bool": ("events", fc({"type": "Feature", "properties": {"kind": "place", "id": True}, "geometry": {"type": "Point", "coordinates": [1, 2]}}), ["properties.id: expected a non-empty string, found True"]),
    "id-empty": ("events", fc({"type": "Feature", "properties": {"kind": "place", "id": ""}, "geometry": {"type": "Point", "coordinates": [1, 2]}}), ["properties.id: expected a non-empty string, found ''"]),
    "geo-sentences-past-text": ("events", {"type": "FeatureCollection", "geo": {"text": "Short text. Two.", "sentences": [[0, 11, 0], [12, 40, 0]]}, "features": []},
                                ["geo.sentences[1]: ends at 40, past the end of geo.text (16 characters)", 'fix: delete "sentences"']),
    "event-as-line": ("events", fc(place(), {"type": "Feature", "properties": {"kind": "event", "id": "e1", "status": "claimed"}, "geometry": {"type": "LineString", "coordinates": [[40, 34], [41, 35]]}}), ["feature 1 (id 'e1'): geometry: an event is drawn as a Point, found 'LineString'"]),
    # nothing lost, nothing injected (issue 25)
    "crs-web-mercator": ("events", {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}, "features": [place()]},
                         ["crs: expected WGS 84", "found 'urn:ogc:def:crs:EPSG::3857'", "ogr2ogr -t_srs EPSG:4326"]),
    "crs-garbage": ("events", {"type": "FeatureCollection", "crs": "here", "features": [place()]}, ["crs: expected WGS 84", "found 'here'"]),
    "geometries-number": ("events", fc(place(geom={"type": "GeometryCollection", "geometries": 5})), ["feature 0 (id 'abu-kamal'): geometry.geometries: expected a list of geometries, found 5"]),
    "lone-surrogate": ("events", '{"type": "FeatureCollection", "features": [\n{"type": "Feature", "properties": {"kind": "place", "id": "a", "name": "x\\ud800"},\n "geometry": {"type": "Point", "coordinates": [40.0, 34.0]}}]}',
                       ["feature 0: properties.name: a lone surrogate", "(line 2)", "write the whole character"]),
}


def main() -> None:
    expected = {}
    for name, (schema, content, fragments) in CASES.items():
        path = HERE / f"{name}.geojson"
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        expected[path.name] = {"schema": schema, "message": fragments}
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(expected)} files")


if __name__ == "__main__":
    main()
