"""The GeoJSON coordinates of ``geo.features`` are what they were before the outlines were
converted as arrays (issue 14): ``_to_geojson`` against the mapping-and-round conversion it
replaced (kept here as the reference), and ``_round5`` against ``round(v, 5)``."""

import json
import math
from typing import Any

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, mapping

from geo.features import _round5, _to_geojson


def _old_to_geojson(geom: Any) -> dict:
    g = mapping(shapely.orient_polygons(geom))

    def r(c: Any) -> list[Any]:
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [round(float(v), 5) for v in c]
        return [r(x) for x in c]

    return {"type": g["type"], "coordinates": r(g["coordinates"])}


def _same(a: dict, b: dict) -> bool:
    # json keeps -0.0 apart from 0.0 and compares the nesting (lists, not tuples)
    return json.dumps(a) == json.dumps(b)


_SQUARE = [(0.123456789, 0.0), (0.0, 1.000005), (-1.0000049, 1.0), (-1.0, -0.0000051), (0.123456789, 0.0)]
_HOLE = [(-0.5, 0.25), (-0.25, 0.25), (-0.25, 0.75), (-0.5, 0.25)]


def _outline(iso3: str) -> Any:
    from geo.gazetteer import outline
    from geo.gazetteer.index import load_index

    return outline(load_index(), "country", iso3)


@pytest.mark.parametrize("make", [
    pytest.param(lambda: Polygon(_SQUARE), id="polygon-clockwise"),
    pytest.param(lambda: Polygon(_SQUARE, [_HOLE]), id="polygon-with-hole"),
    pytest.param(lambda: MultiPolygon([Polygon(_SQUARE, [_HOLE]), Polygon([(10, 10), (11, 10), (11, 11), (10, 10)])]), id="multipolygon"),
    pytest.param(lambda: Polygon(), id="empty-polygon"),
    pytest.param(lambda: Polygon([(0, 0, 1), (1, 0, 2), (1, 1, 3), (0, 0, 1)]), id="polygon-3d"),
    pytest.param(lambda: Point(12.3456789, -0.0000049), id="point"),
    pytest.param(lambda: LineString([(1.234565, 2.5), (3.000005, -4.1234549)]), id="linestring"),
    pytest.param(lambda: shapely.set_precision(_outline("SYR"), 1e-5), id="syria-snapped"),
    pytest.param(lambda: _outline("RUS"), id="russia-multipolygon"),
    pytest.param(lambda: _outline("IDN"), id="indonesia-islands"),
])
def test_geojson_coordinates_are_unchanged(make: Any) -> None:
    geom = make()
    assert _same(_to_geojson(geom), _old_to_geojson(geom))


def test_a_real_outline_takes_the_array_path() -> None:
    """The array path is the one tested on outlines: a polygon's coordinates come back as
    lists of [x, y] rounded to 5 decimals."""
    g = _to_geojson(_outline("FRA"))
    assert g["type"] == "MultiPolygon"
    ring = g["coordinates"][0][0]
    assert ring[0] == ring[-1] and all(len(p) == 2 and p == [round(v, 5) for v in p] for p in ring)


#: values whose fifth decimal is a half, or nearly: where rint(v * 1e5) could differ from round
_halves = st.builds(lambda k, e: (k + 0.5) / 1e5 + e, st.integers(-18_000_000, 18_000_000), st.sampled_from([0.0, 1e-12, -1e-12, 3e-15, -3e-15]))


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.floats(-180, 180), _halves), min_size=1, max_size=20))
def test_round5_is_round(values: list[float]) -> None:
    got = _round5(np.array(values, dtype=float)).tolist()
    assert [repr(v) for v in got] == [repr(round(v, 5)) for v in values]


def test_round5_keeps_the_shape_and_rounds_halves_as_round_does() -> None:
    a = np.array([[0.000015, -0.000025], [179.999995, -0.0000049], [1e300, 2.5e-5]])
    got = _round5(a)
    assert got.shape == (3, 2)
    assert got.tolist() == [[round(v, 5) for v in row] for row in a.tolist()]
    assert math.copysign(1.0, got[1, 1]) == -1.0  # -0.0, as round gives


def test_outline_known_by_identity_is_converted_as_by_its_wkb(monkeypatch: pytest.MonkeyPatch) -> None:
    from geo import features

    a, b = Polygon(_SQUARE, [_HOLE]), Polygon([(10, 10), (11, 10), (11, 11), (10, 10)])
    expected_a, expected_b = features._area_geojson(a.wkb), features._area_geojson(b.wkb)
    first, again = features._geojson(a), features._geojson(a)
    assert (first["type"], first["coordinates"]) == expected_a == (again["type"], again["coordinates"])
    # an id that passed to another object (the entry's object is not this one): by its WKB
    monkeypatch.setitem(features._BY_OBJECT, id(b), (a, expected_a))
    got = features._geojson(b)
    assert (got["type"], got["coordinates"]) == expected_b != expected_a
    # a full table starts again and still answers right
    monkeypatch.setattr(features, "_BY_OBJECT", {})
    monkeypatch.setattr(features, "_BY_OBJECT_MAX", 1)
    assert features._geojson(a)["coordinates"] == expected_a[1]
    assert features._geojson(b)["coordinates"] == expected_b[1] and list(features._BY_OBJECT) == [id(b)]
    assert features._geojson(a)["coordinates"] == expected_a[1] and list(features._BY_OBJECT) == [id(a)]


@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.floats(-180, 180), _halves),
       st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.floats(-90, 90), _halves))
@settings(max_examples=300, deadline=None)
def test_a_point_takes_its_short_way_to_the_same_coordinates(x: float, y: float) -> None:
    """``_to_geojson`` writes a 2-D point without orienting and mapping it: what that gave."""
    assert _same(_to_geojson(Point(x, y)), _old_to_geojson(Point(x, y)))


@pytest.mark.parametrize("point", [
    pytest.param(Point(1.234567, 2.345678, 3.456789), id="with-z"),
    pytest.param(Point(), id="empty"),
])
def test_other_points_go_the_general_way(point: Any) -> None:
    assert _same(_to_geojson(point), _old_to_geojson(point))


def _eager_locs(places, areas):
    """What build_collection made before ``_Locs``: every place's _Loc, then the areas'."""
    from geo.features import _Loc

    locs = {pid: _Loc(p.geometry, p.name, p.precision_km, p.kind) for pid, p in places.items()}
    locs.update({a.id: _Loc(a.geometry, a.name, a.precision_km, a.kind) for a in areas})
    return locs


def test_the_places_made_when_asked_are_the_places_made_at_once():
    from geo.extract.pipeline import Extractor
    from geo.extract.spatial import Area
    from geo.features import _Locs

    x = Extractor()("Refugees fled 20 km north of Aleppo to the border near Kilis, then on to Gaziantep.", "2020-02-03", lang="en")
    assert x.areas, "the sentence derives an area"
    # an area given a place's id: the area is what the id points to, as the dict update made it
    taken = next(iter(x.places.places))
    clash = Area(taken, "clash", Point(1.0, 2.0), 3.0, "x", "near", "a note")
    areas = [*x.areas, clash]
    eager, lazy = _eager_locs(x.places.places, areas), _Locs(x.places.places, areas)
    for pid in [*x.places.places, *(a.id for a in areas)]:
        assert pid in lazy
        assert lazy[pid] == eager[pid]
        assert lazy[pid] is lazy[pid]  # made once
    assert lazy[taken].name == "clash"
    assert "no-such-place" not in lazy
    with pytest.raises(KeyError):
        lazy["no-such-place"]
