"""The packaged water file (data/water.geojson) is read without the validator at run time
(issue 24: geo's own data, not a file from outside): it is validated here instead, and what
the run-time read gives is what the validated read gives."""

from __future__ import annotations

from geo.gazetteer import WATER_PATH, _water, place_from_feature
from geo.io.validate import read_geojson


def test_the_packaged_water_file_passes_the_gazetteer_validator():
    fc = read_geojson(WATER_PATH, schema="gazetteer")  # raises ValidationError listing every problem
    assert len(fc["features"]) > 50


def test_the_water_read_at_run_time_is_the_validated_water():
    validated = tuple(place_from_feature(f) for f in read_geojson(WATER_PATH, schema="gazetteer")["features"])
    got = _water()
    assert [(p.id, p.name, p.kind, p.precision_km, p.names, p.properties) for p in got] == [
        (p.id, p.name, p.kind, p.precision_km, p.names, p.properties) for p in validated]
    assert [p.geometry.wkb for p in got] == [p.geometry.wkb for p in validated]
