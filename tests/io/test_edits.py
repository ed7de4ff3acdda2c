"""The edit loop: edit the GeoJSON, regenerate the map, lose nothing."""

import json

import pytest

from geo.cli import main
from geo.gazetteer import DEFAULT_PATH
from tests.conftest import SEED


def load(p):
    return json.loads(p.read_text(encoding="utf-8"))


def save(p, fc):
    p.write_text(json.dumps(fc, ensure_ascii=False, indent=1), encoding="utf-8")


def feats(fc):
    return {f["properties"]["id"]: f for f in fc["features"]}


@pytest.fixture
def built(tmp_path):
    out = tmp_path / "out"
    assert main(["--text", str(SEED), "--out", str(out)]) == 0
    return out


MOVE = "movement:abu-kamal->wadi-al-sabha-crossing@s5"
CAPTURE = "event:capture@abu-kamal@s3"


def edit_everything(fc):
    fs = feats(fc)
    fs[MOVE]["geometry"]["coordinates"].insert(1, [40.99, 34.55])  # a moved/added vertex
    fs[MOVE]["properties"]["status"] = "disputed"
    fs[MOVE]["properties"]["stroke"] = "#00ff00"  # a changed colour
    fc["features"] = [f for f in fc["features"] if f["properties"]["id"] != CAPTURE]  # a deleted feature
    fc["features"].append({  # a feature drawn by hand
        "type": "Feature",
        "properties": {"kind": "place", "id": "my-checkpoint", "name": "Checkpoint seen on video", "title": "Checkpoint"},
        "geometry": {"type": "Point", "coordinates": [40.95, 34.47]},
    })
    return fc


def test_render_an_edited_file_uses_it_as_it_is(built, tmp_path):
    events = built / "events.geojson"
    save(events, edit_everything(load(events)))
    out2 = tmp_path / "out2"
    assert main(["--geojson", str(events), "--out", str(out2)]) == 0
    assert (out2 / "events.geojson").read_bytes() == events.read_bytes()
    html = (out2 / "map.html").read_text(encoding="utf-8")
    assert "#00ff00" in html  # the colour
    assert "contesté" in html  # the status (in the seed's language)
    assert "Checkpoint seen on video" in html  # the new feature
    assert "34.55, 40.99" in html  # the moved vertex, [lat, lon] in Leaflet
    assert "prise : Abu Kamal" not in html  # the deleted event (its French title)


def test_re_extraction_merges_and_keeps_every_edit(built, capsys):
    events = built / "events.geojson"
    save(events, edit_everything(load(events)))
    assert main(["--text", str(SEED), "--out", str(built)]) == 0
    assert "you have edited this file" in capsys.readouterr().err
    fs = feats(load(events))
    assert fs[MOVE]["properties"]["status"] == "disputed"
    assert fs[MOVE]["properties"]["stroke"] == "#00ff00"
    assert fs[MOVE]["properties"]["edited"] is True
    assert [40.99, 34.55] in fs[MOVE]["geometry"]["coordinates"]
    assert CAPTURE not in fs  # stays deleted
    assert fs["my-checkpoint"]["properties"]["edited"] is True
    assert "abu-kamal" in fs and "edited" not in fs["abu-kamal"]["properties"]  # untouched: regenerated
    # and again: a second extraction changes nothing more
    before = events.read_bytes()
    assert main(["--text", str(SEED), "--out", str(built)]) == 0
    assert events.read_bytes() == before


def test_overwrite_keeps_a_backup(built, capsys):
    events = built / "events.geojson"
    edited = edit_everything(load(events))
    save(events, edited)
    edited_bytes = events.read_bytes()
    assert main(["--text", str(SEED), "--out", str(built), "--overwrite"]) == 0
    assert "replaced your edited file" in capsys.readouterr().err
    assert (built / "events.geojson.bak").read_bytes() == edited_bytes
    assert CAPTURE in feats(load(events))


def test_moving_a_place_in_the_gazetteer_moves_marker_and_movement_ends(tmp_path):
    gaz = load(DEFAULT_PATH)
    for f in gaz["features"]:
        if f["properties"]["id"] == "abu-kamal":
            f["geometry"]["coordinates"] = [40.93, 34.44]
    gpath = tmp_path / "places.geojson"
    save(gpath, gaz)
    out = tmp_path / "o"
    assert main(["--text", str(SEED), "--gazetteer", str(gpath), "--out", str(out)]) == 0
    fs = feats(load(out / "events.geojson"))
    assert fs["abu-kamal"]["geometry"]["coordinates"] == [40.93, 34.44]
    assert fs[MOVE]["geometry"]["coordinates"][0] == [40.93, 34.44]
    assert "34.44, 40.93" in (out / "map.html").read_text(encoding="utf-8")


def test_an_edited_place_pulls_the_ends_of_unedited_movements(built):
    events = built / "events.geojson"
    fc = load(events)
    feats(fc)["wadi-al-sabha-crossing"]["geometry"]["coordinates"] = [41.1, 34.6]
    save(events, fc)
    assert main(["--text", str(SEED), "--out", str(built)]) == 0
    fs = feats(load(events))
    assert fs[MOVE]["geometry"]["coordinates"][-1] == [41.1, 34.6]


def test_same_input_gives_byte_identical_outputs(tmp_path):
    outs = []
    for n in range(2):
        out = tmp_path / f"o{n}"
        assert main(["--text", str(SEED), "--out", str(out), "--format", "csv,kml"]) == 0
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outs[0] == outs[1]


def test_a_broken_events_file_in_the_way_stops_extraction(built, capsys):
    events = built / "events.geojson"
    events.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    html_before = (built / "map.html").read_bytes()
    assert main(["--text", str(SEED), "--out", str(built)]) == 2
    err = capsys.readouterr().err
    assert "events.geojson" in err and "JSON syntax error at line 1" in err
    assert (built / "map.html").read_bytes() == html_before


def test_exports(built):
    assert main(["--geojson", str(built / "events.geojson"), "--out", str(built), "--format", "kml", "--format", "gpkg,csv"]) == 0
    import csv
    import xml.etree.ElementTree as ET

    import geopandas as gpd
    import pyogrio

    fc = load(built / "events.geojson")
    claims = [f for f in fc["features"] if f["properties"]["kind"] != "place"]
    rows = list(csv.DictReader((built / "events.csv").open(encoding="utf-8")))
    assert len(rows) == len(claims)
    assert {"event_date", "actor1", "location", "latitude", "longitude", "geo_precision", "source", "notes"} <= set(rows[0])
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    root = ET.parse(built / "events.kml").getroot()
    marks = root.findall(".//k:Placemark", ns)
    assert len(marks) == len(fc["features"])
    styles = {s.get("id"): ET.tostring(s).replace(s.get("id").encode(), b"") for s in root.findall(".//k:Style", ns)}
    assert len(set(styles.values())) == len(styles) < len(fc["features"])  # shared: one Style a look
    assert {m.find("k:styleUrl", ns).text.lstrip("#") for m in marks} == set(styles)
    layers = dict(pyogrio.list_layers(built / "events.gpkg"))
    assert {"movements", "events", "places_points"} <= set(layers)
    moves = gpd.read_file(built / "events.gpkg", layer="movements")
    one_ended = gpd.read_file(built / "events.gpkg", layer="movements_points") if "movements_points" in layers else []
    # lines in "movements", movements with one end named (Points) in "movements_points"
    assert len(moves) + len(one_ended) == len([c for c in claims if c["properties"]["kind"] == "movement"])
    assert len(moves) == len([c for c in claims if c["properties"]["kind"] == "movement" and c["geometry"]["type"] != "Point"])
    assert moves.crs.to_epsg() == 4326


def test_unknown_format_is_refused(built, capsys):
    assert main(["--geojson", str(built / "events.geojson"), "--out", str(built), "--format", "shp"]) == 2
    assert "unknown --format 'shp'" in capsys.readouterr().err
