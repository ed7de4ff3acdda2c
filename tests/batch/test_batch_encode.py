"""A batch worker encodes each feature once and does not validate its own output (issue 24
item 2): what it writes is valid by construction, and checked here rather than at run time.

- real extractions as the worker writes them pass the validator the reader uses;
- the fingerprints computed from the once-encoded geometry are :func:`geo.io.edits.fingerprint`;
- the page's JSON derived from the file's JSON is :func:`geo.batch.json_for_html`.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import batch
from geo.io.edits import fingerprint
from geo.io.validate import parse_geojson, validate_collection
from geo.outlines import resolve
from tests.batch.conftest import SLUGS, write_jsonl


@pytest.fixture(scope="module")
def worked(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("encode")
    src = write_jsonl(tmp / "a.jsonl", SLUGS)
    articles, _ = batch.plan(src)
    return tmp, [(a, *batch._work(a, str(tmp))) for a in articles]


def test_a_sample_of_worker_outputs_passes_the_validator(worked):
    tmp, results = worked
    assert len(results) == len(SLUGS)
    for a, entry, record in results:
        assert entry["status"] == "done", entry
        path = tmp / "articles" / a.key / batch.EVENTS
        fc = parse_geojson(path.read_bytes(), str(path), "events")  # what the reader checks
        assert validate_collection(fc) == []
        assert record is not None and record.count == len(fc["features"])
        # the combined share: each tagged feature valid too, its record's fingerprints right
        # (areas and lines refer to the record's outlines, written once: geo/outlines.py)
        tagged = json.loads(b"[" + record.events + b"]")
        outlines = {k: json.loads(g) for k, g in record.outlines}
        assert validate_collection({"type": "FeatureCollection", "geo": {"outlines": outlines}, "features": tagged}) == []
        resolved = resolve({"type": "FeatureCollection", "geo": {"outlines": outlines}, "features": tagged})["features"]
        assert json.loads(b"{" + record.written + b"}") == {f["id"]: fingerprint(f) for f in resolved}
        assert fc["geo"]["written"] == {f["properties"]["id"]: fingerprint(f) for f in fc["features"]}


def test_the_page_share_is_json_for_html_of_the_tagged_features(worked):
    _, results = worked
    for _, _, record in results:
        tagged = json.loads(b"[" + record.events + b"]")
        assert record.html.decode("ascii") == ",".join(batch.json_for_html(f) for f in tagged)


whole = st.integers(-180, 180).map(float)
numbers = st.floats(-1e20, 1e20, allow_nan=False, allow_infinity=False) | whole | st.just(-0.0) | st.integers(-5, 5)
position = st.lists(numbers, min_size=2, max_size=3)
geometries = (
    st.builds(lambda p: {"type": "Point", "coordinates": p}, position)
    | st.builds(lambda ps: {"type": "LineString", "coordinates": ps}, st.lists(position, min_size=2, max_size=4))
    | st.builds(lambda r: {"type": "Polygon", "coordinates": [r]}, st.lists(position, min_size=4, max_size=6))
    | st.builds(lambda p: {"coordinates": p, "type": "Point"}, position)  # another key order: the general path
    | st.none()
)
values = st.none() | st.booleans() | numbers | st.text(max_size=6)
properties = st.dictionaries(st.text(max_size=6), values | st.lists(values, max_size=3), max_size=5)


@settings(max_examples=400, deadline=None)
@given(geometries, properties)
def test_the_fingerprint_from_the_encoded_geometry_is_the_fingerprint(geometry, props):
    text, canon = batch._encode(geometry)
    assert json.loads(text) == geometry
    assert batch._fingerprint(props, canon) == fingerprint({"type": "Feature", "geometry": geometry, "properties": props})


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=20) | st.sampled_from(["<\u2028>&\U0001f30d", "é\u2029"]))
def test_for_html_is_json_for_html(s):
    value = {"name": s, "list": [s, 1.5]}
    assert batch.for_html(batch._compact(value)) == batch.json_for_html(value)


@pytest.mark.parametrize("props", [pytest.param({"id": "p1", "x": 1.0}, id="whole-float"),
                                   pytest.param({"id": "p1", "edited": True, "gone": None}, id="edited-and-null")])
def test_fingerprint_of_a_feature_read_back_from_the_compact_file(props):
    g = {"type": "Point", "coordinates": [3.0, -0.0]}
    f = {"type": "Feature", "properties": props, "geometry": g}
    line = batch._feature_text(f, batch._encode(g)[0])
    assert json.loads(line) == f
    assert batch._fingerprint(props, batch._encode(g)[1]) == fingerprint(json.loads(line))


@pytest.mark.parametrize("props", [
    pytest.param({"note": "version 2.0, then 3.0]", "n": 2}, id="whole-float-text-in-a-string"),
    pytest.param({"note": "1e+5", "x": [1.5, {"y": 2.0}]}, id="exponent-text-and-a-nested-whole-float"),
    pytest.param({"x": 1e16, "y": -0.0, "z": [3.0]}, id="exponent-negative-zero-and-last-in-a-list"),
    pytest.param({"x": 2.5, "t": (1, 2), "b": True}, id="nothing-whole"),
    pytest.param({"w": {"a": 7.0}}, id="whole-float-last-in-an-object"),
])
def test_the_canonical_json_is_the_canonical_values_json(props):
    from geo.io.edits import _canonical

    slow = json.dumps(_canonical(props), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert batch._canonical_json(props) == slow
    g = {"type": "Point", "coordinates": [1.0, 2.0]}
    assert batch._fingerprint(props, batch._encode(g)[1]) == fingerprint({"type": "Feature", "geometry": g, "properties": props})


def _two_articles_naming_chad():
    from geo.extract.pipeline import extract

    texts = ["Thousands of refugees fled Sudan for Chad last week, the agency said.",
             "Aid convoys reached Chad from Sudan on Monday, officials said."]
    fcs = [extract(t, "2024-03-01", "en") for t in texts]
    chad = [f["geometry"] for fc in fcs for f in fc["features"] if f["id"] == "country:TCD"]
    assert len(chad) == 2, [f["id"] for fc in fcs for f in fc["features"]]
    return fcs, chad


def test_an_area_is_encoded_once_a_worker_and_the_same_as_encoded_afresh():
    """The worker's cache of encoded areas (batch._AREAS): a country named in two articles
    is one list of coordinates (geo.features shares it) and is encoded once; what the cache
    gives is what encoding a copy of it gives (text, fingerprint, bounds)."""
    import copy

    _, (a, b) = _two_articles_naming_chad()
    assert a["coordinates"] is b["coordinates"]  # the premise: the outline's list is shared
    first, second = batch._encode(a), batch._encode(b)
    assert second is first  # from the cache
    fresh = batch._encode_once(copy.deepcopy(a))
    assert first.text == fresh.text and json.loads(first.text) == a
    from geo.features import area_json

    assert area_json(a["coordinates"]) is not None  # (its JSON was taken from geo.features, not encoded)
    given = batch._encode_once(a, area_json(a["coordinates"]))
    assert (given.text, given.prefix.hexdigest()) == (fresh.text, fresh.prefix.hexdigest())
    props = {"id": "country:TCD", "kind": "place"}
    assert batch._fingerprint(props, first.prefix) == batch._fingerprint(props, fresh.prefix)
    assert batch._fingerprint(props, first.prefix) == fingerprint({"type": "Feature", "geometry": a, "properties": props})
    assert batch._bounds(b) == batch._bounds_once(copy.deepcopy(a))
    # the same coordinates as another geometry type are not taken for it
    other = {"type": "Polygon", "coordinates": a["coordinates"]} if a["type"] == "MultiPolygon" else {"type": "MultiPolygon", "coordinates": [a["coordinates"]]}
    assert batch._encode(other).text == batch._encode_once(other).text


def test_a_worker_writes_the_same_with_the_area_cache_as_without(tmp_path, monkeypatch):
    """Whole articles through batch._work with the cache on (twice: the second time every
    area comes from it), then with it off: the same per-article files and the same share of
    the combined outputs."""
    texts = ["Thousands of refugees fled Sudan for Chad last week, the agency said.",
             "Aid convoys reached Chad from Sudan on Monday, officials said.",
             "Families left Syria for Turkey in March, according to the ministry.",
             "Trucks crossed from Turkey into Syria and on to Iraq, the drivers said."]
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": t, "published": "2024-03-01", "lang": "en"}) + "\n"
                           for i, t in enumerate(texts)), encoding="utf-8")
    articles, _ = batch.plan(src)
    batch._AREAS.clear()
    runs = {name: [batch._work(a, str(tmp_path / name)) for a in articles] for name in ("on", "again")}
    assert len(batch._AREAS) >= 4  # Sudan, Chad, Syria, Turkey ...
    monkeypatch.setattr(batch, "_AREA_TYPES", ())
    batch._AREAS.clear()
    runs["off"] = [batch._work(a, str(tmp_path / "off")) for a in articles]
    assert not batch._AREAS
    assert runs["on"] == runs["again"] == runs["off"]
    assert all(r is not None and r.outlines for _, r in runs["off"])  # every article wrote areas
    for a in articles:
        rel = f"articles/{a.key}/{batch.EVENTS}"
        assert (tmp_path / "on" / rel).read_bytes() == (tmp_path / "again" / rel).read_bytes() == (tmp_path / "off" / rel).read_bytes()


#: JSON values as geo's features hold them: nested dicts (keys in any order), lists, tuples,
#: strings with any character, whole and other floats, big integers, booleans, None
json_values = st.recursive(
    st.none() | st.booleans() | numbers | st.integers(-(2**70), 2**70) | st.text(alphabet=st.characters(codec="utf-8"), max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.lists(inner, max_size=3).map(tuple)
    | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=12,
)


@given(json_values)
def test_the_encoders_made_once_write_what_json_dumps_writes(value):
    assert batch._compact(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    assert batch._sorted_json(value) == json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("bad", [float("nan"), [1.0, float("inf")], {"x": {"y": -float("inf")}}], ids=["nan", "inf-in-a-list", "nested"])
def test_the_compact_encoder_refuses_what_json_dumps_refuses(bad):
    with pytest.raises(ValueError):
        json.dumps(bad, allow_nan=False)
    with pytest.raises(ValueError):
        batch._compact(bad)
    assert batch._sorted_json(bad) == json.dumps(bad, sort_keys=True, ensure_ascii=False, separators=(",", ":"))  # NaN, Infinity


def test_the_compact_encoder_still_works_after_a_refusal():
    with pytest.raises(ValueError):
        batch._compact({"a": [float("nan")]})
    shared = [1, 2]
    assert batch._compact({"a": shared, "b": shared}) == '{"a":[1,2],"b":[1,2]}'


def test_an_object_json_cannot_write_is_refused_as_json_dumps_refuses_it():
    with pytest.raises(TypeError, match="not JSON serializable"):
        batch._compact({"a": {1, 2}})


def _made_areas() -> list[dict]:
    """Areas as geo.features makes them: real outlines of the index (islands, lakes), a
    polygon with a hole, one crossing the prime meridian (-0.0 and 0.0 after rounding)."""
    from shapely.geometry import Polygon, box

    from geo import features
    from geo.gazetteer import outline
    from geo.gazetteer.index import load_index

    index = load_index()
    geoms = [outline(index, "country", iso) for iso in ("IDN", "GBR", "CHL", "UGA", "FRA")]
    geoms += [box(0, 0, 10, 10).difference(box(2, 2, 3, 3)), Polygon([(-0.000001, 1), (2, 1), (2, 3), (-0.000001, 3)])]
    return [features._geojson(g) for g in geoms if g is not None]


def test_an_area_s_bounds_are_shapely_s():
    from shapely.geometry import shape

    areas = _made_areas()
    assert len(areas) >= 6 and {a["type"] for a in areas} == {"Polygon", "MultiPolygon"}
    for area in areas:
        fast = batch._area_bounds(area)
        assert fast is not None
        assert [repr(x) for x in fast] == [repr(x) for x in shape(area).bounds], area["type"]


@pytest.mark.parametrize(
    "geometry",
    [
        pytest.param({"type": "Point", "coordinates": [1.0, 2.0]}, id="point"),
        pytest.param({"type": "Polygon", "coordinates": []}, id="empty"),
        pytest.param({"type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 0.0], [0.0, 0.0]]]}, id="short-ring"),
        pytest.param({"type": "Polygon", "coordinates": [[[0.0, 0.0, 1.0], [1.0, 0.0, 1.0], [1.0, 1.0, 1.0], [0.0, 0.0, 1.0]]]}, id="3d"),
        pytest.param({"type": "Polygon", "coordinates": [[[0.0, "a"], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]}, id="text"),
        pytest.param({"type": "Polygon", "coordinates": [[[0.0, float("nan")], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]}, id="nan"),
        pytest.param({"type": "MultiPolygon", "coordinates": [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]}, id="nesting"),
    ],
)
def test_what_is_not_a_made_area_is_left_to_shapely(geometry):
    assert batch._area_bounds(geometry) is None


class _Ratio(float):
    """A float of another type (numpy's float64 is one): ``_canonical`` reads it as a float."""


@settings(max_examples=400, deadline=None)
@given(json_values | st.dictionaries(st.text(max_size=4), json_values | st.just(_Ratio(3.0)) | st.just(_Ratio(0.5)), max_size=4))
def test_the_canonical_json_of_any_value_is_the_walked_value_s(value):
    """batch._whole_as_int copies only what holds a whole float: the text is what walking
    every value with geo.io.edits._canonical gives, and the value itself is left as it was."""
    from copy import deepcopy

    from geo.io.edits import _canonical

    before = deepcopy(value)
    assert batch._canonical_json(value) == json.dumps(_canonical(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert repr(value) == repr(before)


@pytest.mark.parametrize("meta", [
    pytest.param({"source": "Le Monde", "lang": "fr", "text": "Ils ont quitté « Alep » — 3 000 personnes.", "format": 2},
                 id="strings-and-an-int"),
    pytest.param({"sentences": [{"i": 0, "start": 0.0, "span": (1, 2.5)}], "claimants": [], "x": None}, id="whole-float-tuple-none"),
    pytest.param({"odd": float("nan"), "inf": [float("inf")], "neg": -0.0, "big": 1e16, "b": [True, False]}, id="nan-inf-zero-bool"),
    pytest.param({"written": {"a": "b"}, "written_geo": {}, "deleted": ["x"], "article_edits": 1, "kept": {"z": 1, "a": 2}},
                 id="record-keys-left-out"),
])
def test_the_meta_stamp_is_stamp_meta(meta):
    from geo.io.edits import stamp_meta

    assert batch._stamp_meta(meta) == stamp_meta(meta)


def test_the_meta_stamp_of_an_extraction_is_stamp_meta():
    from geo.extract.pipeline import extract
    from geo.io.edits import stamp_meta

    for text in ("Thousands of refugees fled Sudan for Chad last week, the agency said.",
                 "Les familles ont quitté Alep pour Idlib, selon l'ONU. Elles sont arrivées lundi."):
        meta = extract(text, "2024-03-01")["geo"]
        assert batch._stamp_meta(meta) == stamp_meta(meta)
