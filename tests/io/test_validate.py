"""The validator: every malformed input of tests/data/bad/ says what it must, and nothing
but the project's own error ever escapes."""

import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.cli import main
from geo.errors import ValidationError
from geo.io import dumps, load_events, save_geojson
from geo.io.validate import parse_geojson, read_geojson

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
EXPECTED = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))


def test_there_are_at_least_30_bad_inputs():
    assert len(EXPECTED) >= 30
    assert all((BAD / name).exists() for name in EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input_message(name):
    spec = EXPECTED[name]
    with pytest.raises(ValidationError) as err:
        read_geojson(BAD / name, schema=spec["schema"])
    msg = str(err.value)
    assert msg.startswith(str(BAD / name))  # names the file
    for fragment in spec["message"]:
        assert fragment in msg, f"{fragment!r} not in {msg!r}"


@pytest.mark.parametrize("name", ["latlon-swapped.geojson", "syntax-unclosed.geojson", "bom.geojson", "movement-unknown-from.geojson"])
def test_cli_refuses_bad_events_exit_2_and_outputs_stay_identical(tmp_path, capsys, name):
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("old map", encoding="utf-8")
    assert main(["--geojson", str(BAD / name), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and name in err
    assert (out / "map.html").read_text(encoding="utf-8") == "old map"
    assert sorted(p.name for p in out.iterdir()) == ["map.html"]


def test_a_very_large_file_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.geojson"
    big.write_text('{"type": "FeatureCollection", "features": []}' + " " * 5000)
    with pytest.raises(ValidationError, match=r"big.geojson: file is \d+ bytes, more than the 1000-byte limit"):
        read_geojson(big, max_bytes=1000)


# ------------------------------------------------------------------ property-based

finite = st.floats(allow_nan=False, allow_infinity=False, width=32)
lon = st.floats(-180, 180, allow_nan=False, width=32)
lat = st.floats(-90, 90, allow_nan=False, width=32)
pos = st.tuples(lon, lat).map(list)
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
prop_values = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), finite, text, st.lists(text, max_size=3))


@st.composite
def valid_collections(draw):
    n = draw(st.integers(1, 6))
    feats = []
    for i in range(n):
        extra = draw(st.dictionaries(st.text("abcdefgh", min_size=1, max_size=6).filter(lambda k: k not in {"kind", "id", "status", "title", "precision_km", "from", "to", "date_start", "date_end"}), prop_values, max_size=4))
        pts = draw(st.lists(pos, min_size=2, max_size=5, unique_by=lambda p: (p[0], p[1])))
        geom = draw(st.sampled_from([{"type": "Point", "coordinates": pts[0]}, {"type": "LineString", "coordinates": pts}]))
        feats.append({"type": "Feature", "properties": {"kind": "place", "id": f"p{i}", "name": draw(text), **extra}, "geometry": geom})
    if n >= 2 and draw(st.booleans()):
        a, b = feats[0]["geometry"]["coordinates"], feats[1]["geometry"]["coordinates"]
        a = a if isinstance(a[0], float | int) else a[0]
        b = b if isinstance(b[0], float | int) else b[-1]
        if a != b:
            feats.append({"type": "Feature", "properties": {"kind": "movement", "id": "m", "from": "p0", "to": "p1", "status": draw(st.sampled_from(["claimed", "disputed"]))},
                          "geometry": {"type": "LineString", "coordinates": [a, b]}})
    return {"type": "FeatureCollection", "features": feats}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(valid_collections())
def test_valid_collections_round_trip_unchanged(tmp_path, fc):
    p = tmp_path / "rt.geojson"
    save_geojson(fc, p)
    once = load_events(p)
    assert once == fc
    save_geojson(once, p)
    assert load_events(p) == fc
    assert dumps(once) == dumps(fc)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), text),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(text, children, max_size=4)),
    max_leaves=20,
)
shaped = st.fixed_dictionaries({
    "type": st.sampled_from(["FeatureCollection", "Feature", 3]),
    "features": st.lists(st.fixed_dictionaries({
        "type": st.sampled_from(["Feature", "feature"]),
        "properties": st.one_of(st.none(), st.dictionaries(st.sampled_from(["kind", "id", "from", "to", "status", "precision_km", "names", "name", "title", "date_start"]), json_values)),
        "geometry": st.one_of(st.none(), json_values, st.fixed_dictionaries({"type": st.sampled_from(["Point", "LineString", "Polygon", "MultiPolygon", "MultiLineString", "GeometryCollection", "Blob"]), "coordinates": json_values})),
    }), max_size=4),
})


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, shaped), st.sampled_from(["events", "gazetteer"]))
def test_validator_raises_only_its_own_error_on_any_json(obj, schema):
    data = json.dumps(obj, allow_nan=True).encode()
    try:
        parse_geojson(data, "x.geojson", schema)
    except ValidationError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_validator_raises_only_its_own_error_on_any_bytes(data):
    try:
        parse_geojson(data, "x.geojson")
    except ValidationError:
        pass


def test_nan_is_never_written():
    with pytest.raises(ValueError):
        dumps({"type": "FeatureCollection", "features": [{"x": math.nan}]})
