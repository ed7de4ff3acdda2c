"""The areas geo.features converts (a country's outline snapped to the 1e-5 grid, its
rings oriented, its coordinates rounded), kept in geo's cache folder for the next runs
(issue 24): what a run reads back is what converting the area again gives."""

from __future__ import annotations

import json

import pytest
import shapely
from shapely.geometry import box

from geo import features
from geo.extract.pipeline import extract

TEXT = "Refugees fled Sudan and South Sudan for Chad and Uganda, crossing the Nile, officials said."


@pytest.fixture
def kept(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    features._area_folder.cache_clear()
    features._area_geojson.cache_clear()
    features._BY_OBJECT.clear()
    yield tmp_path
    features._area_folder.cache_clear()
    features._area_geojson.cache_clear()
    features._BY_OBJECT.clear()


def _areas():
    """Real outlines (countries of the index) and a polygon with a hole, as WKB."""
    from geo.gazetteer import outline
    from geo.gazetteer.index import load_index

    index = load_index()
    geoms = [outline(index, "country", iso) for iso in ("SDN", "SSD", "TCD", "UGA", "IDN")]
    ring = box(0, 0, 10, 10).difference(box(2.000004, 2.000004, 3.000006, 3.000006))
    return [g.wkb for g in geoms if g is not None] + [shapely.to_wkb(ring)]


def test_a_kept_area_is_the_area_converted_again(kept):
    wkbs = _areas()
    assert len(wkbs) >= 5  # four countries or more, and the square with a hole
    first = [features._area_geojson.__wrapped__(w) for w in wkbs]  # converted and kept
    assert len(list(kept.glob("areas-v*/*.pickle"))) == len(set(wkbs))
    again = [features._area_geojson.__wrapped__(w) for w in wkbs]  # read back
    assert first == again == [features._convert_area(w) for w in wkbs]


def test_a_broken_kept_file_is_converted_again(kept):
    wkb = _areas()[0]
    features._area_geojson.__wrapped__(wkb)
    (path,) = kept.glob("areas-v*/*.pickle")
    path.write_bytes(b"not a pickle")
    assert features._area_geojson.__wrapped__(wkb) == features._convert_area(wkb)
    path.write_bytes(__import__("pickle").dumps({"not": "an area"}))
    assert features._area_geojson.__wrapped__(wkb) == features._convert_area(wkb)


def test_an_unwritable_cache_folder_converts_each_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("GEO_CACHE_DIR", str(blocker / "cache"))
    features._area_folder.cache_clear()
    try:
        wkb = _areas()[-1]
        assert features._area_geojson.__wrapped__(wkb) == features._convert_area(wkb)
    finally:
        features._area_folder.cache_clear()


def test_an_extraction_is_the_same_with_kept_areas_as_without(kept, monkeypatch):
    converted = extract(TEXT, "2024-03-01", "en")  # the areas converted (and kept)
    assert len(list(kept.glob("areas-v*/*.pickle"))) >= 4
    features._area_geojson.cache_clear()
    features._BY_OBJECT.clear()
    read = extract(TEXT, "2024-03-01", "en")  # the areas read back
    monkeypatch.setattr(features, "_kept_area_path", lambda wkb: None)
    features._area_geojson.cache_clear()
    features._BY_OBJECT.clear()
    without = extract(TEXT, "2024-03-01", "en")  # nothing kept
    assert converted == read == without


def test_code_whose_source_cannot_be_read_keeps_nothing():
    """A function without readable source (made by exec here; a module whose file changed
    under a running process there) names no folder: nothing is kept, nothing fails."""
    from geo.resources import kept_folder

    space: dict = {}
    exec("def made():\n    return 1\n", space)  # noqa: S102 - a function with no source file
    assert kept_folder("x-v1", space["made"]) is None
    assert kept_folder("x-v1", features._convert_area, "1.0") is not None


def _coords_json(coords):
    return json.dumps(coords, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


@pytest.mark.parametrize("how", ["converted", "read-back"])
def test_an_areas_kept_json_is_its_coordinates_encoded(kept, how):
    """The coordinates' compact JSON kept with a converted area (:func:`features.area_json`,
    what a batch worker writes instead of encoding the outline again) is what encoding the
    very list gives, converted here or read back from the cache folder; another list with the
    same coordinates has none (it is asked by identity)."""
    wkbs = _areas()
    if how == "read-back":
        for w in wkbs:
            features._area_geojson.__wrapped__(w)  # converted and kept
        features._AREA_JSON.clear()
    for w in wkbs:
        _, coords = features._area_geojson.__wrapped__(w)
        assert features.area_json(coords) == _coords_json(coords)
        assert features.area_json(json.loads(_coords_json(coords))) is None
    assert len(list(kept.glob("areas-v*/*.pickle"))) == len(set(wkbs))


def test_a_kept_area_without_its_json_is_converted_again(kept):
    """A kept file of the layout before (type and coordinates only) is not read as an area."""
    import pickle

    wkb = _areas()[0]
    features._area_geojson.__wrapped__(wkb)
    (path,) = kept.glob("areas-v*/*.pickle")
    path.write_bytes(pickle.dumps(features._convert_area(wkb)))
    assert features._kept_area(path) is None
    _, coords = features._area_geojson.__wrapped__(wkb)
    assert features.area_json(coords) == _coords_json(coords)


@pytest.mark.parametrize("source,ref", [("country", "SDN"), ("country", "IDN"), ("region", "SY.01")])
def test_an_outline_gives_the_wkb_it_was_read_from(source, ref):
    """An outline of the index comes with the WKB it was read from (geo.features keys its
    kept area by it instead of writing the geometry out again): the geometry's own WKB; a
    geometry equal to it but another object has none."""
    from geo.gazetteer import outline, outline_wkb
    from geo.gazetteer.index import load_index

    geom = outline(load_index(), source, ref)
    if geom is None:
        pytest.skip(f"no outline for {source} {ref} in this index")
    assert outline_wkb(geom) == geom.wkb
    assert outline_wkb(shapely.from_wkb(geom.wkb)) is None
