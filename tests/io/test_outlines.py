"""Outlines once (issue 24 item 1): a combined corpus file writes each area and line once in
``geo.outlines``; every reader puts them back, so the content is today's."""

import json

import pytest

from geo import batch
from geo.errors import ValidationError
from geo.io import load_events
from geo.io.validate import parse_geojson
from geo.outlines import OUTLINE, resolve, share

# sentences written for these tests
TEXTS = [
    ("a", "Soldiers crossed from Syria into Turkey on Tuesday, the defence ministry said.", "2021-03-02"),
    ("b", "Thousands of families fled from Syria to Lebanon last week, aid workers said.", "2021-03-09"),
    ("c", "Turkish troops moved from Turkey into Iraq on Monday, the army said in a statement.", "2021-03-15"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outlines")
    src = folder / "corpus.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t, "published": d, "source": f"outlet {i}"}) + "\n" for i, t, d in TEXTS),
                   encoding="utf-8")
    out = folder / "out"
    rep = batch.run(src, out, workers=1)
    assert rep["summary"]["done"] == len(TEXTS)
    return src, out


def today(out, src):
    """The combined collection as it was before outlines were shared: each article's own
    file (geometries inline), its features tagged as the combine tags them."""
    articles, _ = batch.plan(src)
    feats = []
    for a in articles:
        fc = json.loads((out / "articles" / a.key / batch.EVENTS).read_text(encoding="utf-8"))
        for f in fc["features"]:
            p = dict(f["properties"], article=a.key, outlet=fc["geo"]["source"], id=f"{a.key}/{f['properties']['id']}")
            for end in ("from", "to", "place"):
                if isinstance(p.get(end), str):
                    p[end] = f"{a.key}/{p[end]}"
            feats.append({**f, "properties": p, "id": p["id"]})
    return feats


def test_the_resolved_combined_features_are_todays(built):
    src, out = built
    old = today(out, src)
    new = load_events(out / "events.geojson")["features"]
    assert len(new) == len(old) > 6
    assert new == old


def test_each_country_is_written_once_and_referred_to(built):
    _, out = built
    raw = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    table = raw["geo"]["outlines"]
    refs = [f["properties"][OUTLINE] for f in raw["features"] if OUTLINE in f["properties"]]
    syria = [f for f in raw["features"] if f["properties"].get("name") == "Syria"]
    assert len(syria) >= 2  # named in two articles, one outline
    assert len({f["properties"][OUTLINE] for f in syria}) == 1
    assert all(f["geometry"] is None for f in syria)
    assert set(refs) == set(table) and len(refs) > len(table)
    # no area or line is left inline in a place
    assert not [f for f in raw["features"] if f["properties"]["kind"] == "place" and f["geometry"]
                and f["geometry"]["type"] in ("Polygon", "MultiPolygon", "LineString", "MultiLineString")]


def test_each_article_file_keeps_its_geometries_inline(built):
    src, out = built
    for a in batch.plan(src)[0]:
        fc = json.loads((out / "articles" / a.key / batch.EVENTS).read_text(encoding="utf-8"))
        assert "outlines" not in fc["geo"]
        assert all(f["geometry"] is not None and OUTLINE not in f["properties"] for f in fc["features"])


def _unknown_key(fc):
    fc["features"][0]["geometry"] = None
    fc["features"][0]["properties"][OUTLINE] = "country:XXX@00000000"


@pytest.mark.parametrize("breakage, expected", [
    pytest.param(_unknown_key,
                 "properties.outline: expected the key of a geometry in geo.outlines, found 'country:XXX@00000000'", id="unknown-key"),
    pytest.param(lambda fc: fc["geo"]["outlines"].__setitem__(next(iter(fc["geo"]["outlines"])), {"type": "Polygon", "coordinates": []}),
                 "geo.outlines['", id="empty-geometry"),
    pytest.param(lambda fc: fc["geo"].__setitem__("outlines", ["not", "an", "object"]), "geo.outlines: expected an object", id="not-an-object"),
    pytest.param(lambda fc: next(f for f in fc["features"] if OUTLINE in f["properties"])["properties"].pop(OUTLINE),
                 "geometry: expected a geometry, found null", id="reference-deleted"),
])
def test_the_validator_knows_the_member(built, breakage, expected):
    _, out = built
    fc = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    parse_geojson(json.dumps(fc).encode(), "combined")  # as written: valid
    breakage(fc)
    with pytest.raises(ValidationError) as err:
        parse_geojson(json.dumps(fc).encode(), "combined")
    assert expected in str(err.value)


def test_geodataframe_and_gpkg_get_full_geometries(built, tmp_path):
    import geopandas as gpd
    from shapely.geometry import shape

    import geo
    from geo.io.export import export

    src, out = built
    old = {f["id"]: f for f in today(out, src)}
    gdf = geo.read_events(out / "events.geojson")
    assert gdf.geometry.notna().all()
    assert OUTLINE not in gdf.columns
    for fid, g in gdf.geometry.items():
        assert g.equals(shape(old[fid]["geometry"])), fid
    # a collection handed straight to an export (references unresolved) exports full geometries
    raw = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    path = export(raw, "gpkg", tmp_path)
    places = gpd.read_file(path, layer=next(n for n in __import__("pyogrio").list_layers(path)[:, 0] if "place" in n))
    assert places.geometry.notna().all() and len(places) > 3


def test_share_then_resolve_is_the_identity(built):
    src, out = built
    fc = {"type": "FeatureCollection", "geo": {"articles": {}}, "features": today(out, src)}
    shared = share(fc)
    assert shared["geo"]["outlines"] and shared != fc
    assert resolve(shared) == fc
    assert resolve(fc) is fc  # nothing to resolve: the same object


def test_an_edit_of_the_combined_file_is_merged_and_the_outlines_stay_shared(built, tmp_path):
    import shutil

    src, out = built
    out = shutil.copytree(out, tmp_path / "out")
    path = out / "events.geojson"
    raw = json.loads(path.read_text(encoding="utf-8"))
    country = next(f for f in raw["features"] if f["properties"].get("name") == "Turkey")
    country["properties"]["name"] = "Türkiye (edited)"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    batch.run(src, out, workers=1)
    again = json.loads(path.read_text(encoding="utf-8"))
    edited = next(f for f in again["features"] if f["id"] == country["id"])
    assert edited["properties"]["name"] == "Türkiye (edited)" and edited["properties"].get("edited") is True
    assert edited["geometry"] is None and edited["properties"][OUTLINE] in again["geo"]["outlines"]
    back = load_events(path)
    assert next(f for f in back["features"] if f["id"] == country["id"])["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_the_combined_page_carries_each_outline_once(built):
    _, out = built
    html = (out / "map.html").read_text(encoding="utf-8")
    block = html.split('<script type="application/json" id="geo-outlines">', 1)[1].split("</script>", 1)[0]
    table = json.loads(block)
    raw = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert set(table) == set(raw["geo"]["outlines"])
    assert html.count('"outline":') == sum(OUTLINE in f["properties"] for f in raw["features"])
