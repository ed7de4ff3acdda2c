"""Speed changes in the gazetteer's loading and in town places give what they gave before
(issue 24): ``load_gazetteer`` finds an edited file again by one ``stat`` (the default file's
resolved path worked out once), and a town's point, shared by the articles naming the town,
is the point made for it (a zero coordinate keeps its sign)."""

from __future__ import annotations

import json
import os

import pytest
import shapely

from geo.gazetteer import DEFAULT_PATH, _mtime_ns, load_gazetteer
from geo.gazetteer.dynamic import _town_point, candidate_place
from geo.gazetteer.index import Candidate, load_index


def _gazetteer_file(path, name):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "brindle", "name": name, "kind": "town", "precision_km": 1},
         "geometry": {"type": "Point", "coordinates": [12.5, 41.9]}},
    ]}), encoding="utf-8")


def test_an_edited_gazetteer_file_is_read_again(tmp_path):
    f = tmp_path / "places.geojson"
    _gazetteer_file(f, "Brindle")
    first = load_gazetteer(f)
    assert load_gazetteer(f) is first  # unchanged: the one loaded
    _gazetteer_file(f, "Brindleford")
    os.utime(f, ns=(os.stat(f).st_atime_ns, os.stat(f).st_mtime_ns + 10**9))
    again = load_gazetteer(f)
    assert again is not first and again.places["brindle"].name == "Brindleford"


@pytest.mark.parametrize("name", ["missing.geojson", "a-file/below.geojson", "bad\0name.geojson"], ids=["missing", "not-a-folder", "nul"])
def test_the_mtime_is_zero_where_exists_says_no(tmp_path, name):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    p = tmp_path / name
    assert not p.exists()
    assert _mtime_ns(p) == 0


def test_the_default_gazetteer_is_the_same_object_each_time():
    assert load_gazetteer() is load_gazetteer(DEFAULT_PATH) is load_gazetteer(str(DEFAULT_PATH))


@pytest.mark.parametrize("lon,lat", [(36.29, 33.51), (-0.0, 51.48), (0.0, 51.48), (12.5, -0.0), (-0.00001, 5.0)],
                         ids=["town", "minus-zero-lon", "zero-lon", "minus-zero-lat", "tiny-negative"])
def test_a_town_point_is_the_point_made_for_it(lon, lat):
    made = shapely.Point(lon, lat)
    assert shapely.equals_identical(_town_point(lon, lat), made)
    assert _town_point(lon, lat).wkb == made.wkb  # the sign of a zero too


def test_a_town_place_has_the_candidates_point():
    c = Candidate("geonames", "1", "Brindle", -0.0, 51.477, "GB", 5000, False, True, "")
    place = candidate_place(c, 0.9, [], load_index())
    assert place.geometry.wkb == shapely.Point(-0.0, 51.477).wkb
    c2 = Candidate("geonames", "2", "Brindle", 0.0, 51.477, "GB", 5000, False, True, "")
    assert candidate_place(c2, 0.9, [], load_index()).geometry.wkb == shapely.Point(0.0, 51.477).wkb
