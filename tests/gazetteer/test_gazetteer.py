import json

import pytest
from shapely.geometry import shape

from geo.errors import ValidationError
from geo.extract.spatial import distance_km
from geo.gazetteer import DEFAULT_PATH, load_gazetteer

REQUIRED = ["abu-kamal", "euphrates", "syria-iraq-border", "syria", "iraq", "wadi-al-sabha-crossing",
            "deir-ez-zor", "al-mayadin", "hajin", "al-qaim", "raqqa", "palmyra", "damascus", "baghdad"]


def test_gazetteer_has_what_the_seed_and_its_context_need(gaz):
    for pid in REQUIRED:
        assert pid in gaz, pid


@pytest.mark.parametrize("pid,gtype", [
    ("abu-kamal", "Point"), ("euphrates", "LineString"), ("syria-iraq-border", "LineString"),
    ("syria", "Polygon"), ("iraq", "Polygon"), ("wadi-al-sabha-crossing", "Point"),
])
def test_geometry_types(gaz, pid, gtype):
    assert gaz[pid].geometry.geom_type == gtype


def test_every_place_has_names_in_fr_en_ar_and_a_source():
    fc = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    for f in fc["features"]:
        p = f["properties"]
        for lang in ("fr", "en", "ar"):
            assert p["names"].get(lang), (p["id"], lang)
        assert p["source"], p["id"]
        assert p["precision_km"] > 0


def test_euphrates_follows_its_course(gaz):
    river = gaz["euphrates"].geometry
    assert len(river.coords) > 100  # a real course, not a two-point line
    for town in ("raqqa", "deir-ez-zor", "abu-kamal", "al-qaim"):
        assert distance_km(river, gaz[town].geometry) < 4, town
    # it flows from Syria into Iraq
    assert gaz["syria"].geometry.buffer(0.05).contains(shape({"type": "Point", "coordinates": river.coords[0]}))
    assert gaz["iraq"].geometry.buffer(0.05).contains(shape({"type": "Point", "coordinates": river.coords[-1]}))


def test_border_lies_between_the_two_countries(gaz):
    border = gaz["syria-iraq-border"].geometry
    assert 550 < border.length * 111 < 800  # km, roughly; the real border is about 600 km
    for country in ("syria", "iraq"):
        assert gaz[country].geometry.boundary.distance(border.interpolate(0.5, normalized=True)) < 0.02


def test_crossing_is_on_the_border_near_abu_kamal_with_honest_precision(gaz):
    crossing = gaz["wadi-al-sabha-crossing"]
    assert distance_km(crossing.geometry, gaz["syria-iraq-border"].geometry) < 1
    assert 3 < distance_km(crossing.geometry, gaz["abu-kamal"].geometry) < 40
    assert crossing.precision_km >= 5
    assert crossing.properties["inferred"] is True
    assert "no public gazetteer" in crossing.properties["note"].lower()


def test_lookup_variants(gaz):
    for variant in ["Abu Kamal", "Abou Kamal", "Al-Bukamal", "Albu Kamal", "Boukamal", "Abu-Kemal", "البوكمال"]:
        assert [e.place_id for e in gaz.lookup(variant)] == ["abu-kamal"], variant


def test_a_malformed_gazetteer_is_refused_with_every_problem(tmp_path):
    bad = tmp_path / "places.geojson"
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "a", "name": "A", "kind": "town", "precision_km": 1},
         "geometry": {"type": "Point", "coordinates": [34.5, 95.0]}},
        {"type": "Feature", "properties": {"id": "a", "kind": "town", "precision_km": -1},
         "geometry": {"type": "Point", "coordinates": [40, 34]}},
    ]}))
    with pytest.raises(ValidationError) as err:
        load_gazetteer(bad)
    msg = str(err.value)
    assert "latitude 95.0 out of range" in msg and "swapped" in msg
    assert "feature 1 (id 'a'): id: duplicate of feature 0" in msg
    assert "properties.name: expected a non-empty string" in msg
    assert "precision_km: expected a number >= 0" in msg


@pytest.mark.slow
def test_build_script_reproduces_the_committed_gazetteer():
    import subprocess
    import sys

    from tests.conftest import ROOT

    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_places.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
