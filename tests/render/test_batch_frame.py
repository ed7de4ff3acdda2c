"""The combined page's frame, rendered by folium once and kept in geo's cache folder
(geo.render.batch._frame, issue 24): the page made from the kept frame is the page folium
renders for the same corpus, the kept file is what a run reads, any change to what the frame
is made from names another file, and a corpus run imports neither folium nor pandas."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.render import batch as page
from tests.conftest import ROOT

OUTLINES = [("country:XYZ@0123abcd", json.dumps({"type": "Polygon", "coordinates": [[[1.0, 1.0], [2.0, 1.0], [2.0, 2.0], [1.0, 1.0]]]}))]
BOUNDS = [
    pytest.param([[34.0, 40.5], [35.0, 41.5]], id="a-story"),
    pytest.param([[-41.123456789, -166.8], [71.6, 178.60000000000002]], id="long-decimals"),
    pytest.param([[-0.0, 1e-07], [3.0, 2.0]], id="minus-zero-and-exponent"),
    pytest.param(None, id="no-bounds"),
]


def _unkept(bounds, outlines):
    """The page halves as folium renders them for these bounds, nothing kept or replaced."""
    shared = page.page_outlines(outlines, bounds)
    real = page._SENTINEL
    try:
        page._SENTINEL = bounds
        frame = page._render_frame(bool(bounds), shared != "{}")
    finally:
        page._SENTINEL = real
    head, _, tail = frame.partition(page._DATA_SLOT)
    if bounds:
        from geo.render.context import context_lines_json

        (south, west), (north, east) = bounds
        tail = tail.replace(page._CONTEXT_SLOT, page._for_html(context_lines_json((west, south, east, north), margin=1.0)), 1)
    return head, tail.replace(page._OUTLINES_SLOT, shared, 1)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    page._frame.cache_clear()
    page._drawn_folder.cache_clear()
    yield tmp_path
    page._frame.cache_clear()
    page._drawn_folder.cache_clear()


@pytest.mark.parametrize("outlines", [pytest.param(OUTLINES, id="outlines"), pytest.param([], id="no-outlines")])
@pytest.mark.parametrize("bounds", BOUNDS)
def test_the_page_from_the_kept_frame_is_the_page_folium_renders(cache, bounds, outlines):
    rendered = page.render_batch_parts(bounds, outlines)  # rendered, then kept
    assert len(list(cache.glob("batch-page-*.html"))) == 1
    page._frame.cache_clear()
    read = page.render_batch_parts(bounds, outlines)  # read from the kept file
    assert rendered == read == _unkept(bounds, outlines)


def test_the_kept_file_is_what_a_run_reads_and_other_inputs_name_another(cache, monkeypatch):
    bounds = [[34.0, 40.5], [35.0, 41.5]]
    page.render_batch_parts(bounds, OUTLINES)
    (kept,) = cache.glob("batch-page-*.html")
    frame = kept.read_text(encoding="utf-8")
    kept.write_text(frame.replace("<head>", "<head><!--marker-->", 1), encoding="utf-8")
    page._frame.cache_clear()
    assert "<!--marker-->" in page.render_batch_parts(bounds, OUTLINES)[0]
    # a change to geo's code, its words or the packages (another digest) is not served the old frame
    page._frame.cache_clear()
    monkeypatch.setattr(page, "_frame_inputs", lambda: "f" * 64)
    head, _ = page.render_batch_parts(bounds, OUTLINES)
    assert "<!--marker-->" not in head
    assert len(list(cache.glob("batch-page-*.html"))) == 2


def test_the_digest_reads_geo_code_and_words_not_its_data():
    names = [f.relative_to(ROOT / "geo").as_posix() for f in sorted((ROOT / "geo").rglob("*"))
             if f.suffix in (".py", ".toml", ".js", ".css") and f.relative_to(ROOT / "geo").parts[0] != "data"]
    assert {"render/batch.py", "render/static/batch.js", "render/words/en.toml", "lexicon/en.toml", "batch.py"} <= set(names)
    assert len(page._frame_inputs()) == 64


def test_an_unwritable_cache_folder_renders_the_frame_each_time(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("GEO_CACHE_DIR", str(blocker / "cache"))
    page._frame.cache_clear()
    try:
        assert page.render_batch_parts(None, []) == _unkept(None, [])
    finally:
        page._frame.cache_clear()
    assert "cannot keep the combined page's frame" in capsys.readouterr().err


def test_a_corpus_run_imports_neither_folium_nor_pandas(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Convoys left Leeds for York on Monday, officials said.",
                                  "published": "2024-03-04", "lang": "en"}) + "\n", encoding="utf-8")
    run = "import sys\nfrom geo import batch\nbatch.run({!r}, {!r}, workers=1)\n"
    show = "print(sorted(m for m in ('offlinefolium', 'folium', 'pandas') if m in sys.modules))\n"
    outs = []
    for name in ("one", "two"):  # the first keeps the frame if no run did
        code = run.format(str(corpus), str(tmp_path / name)) + show
        outs.append(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True))
    assert outs[1].stdout.strip().splitlines()[-1] == "[]", outs[1].stdout + outs[1].stderr
    assert (tmp_path / "one" / "map.html").read_bytes() == (tmp_path / "two" / "map.html").read_bytes()


coordinate = st.floats(-180, 180, allow_nan=False) | st.integers(-180, 180) | st.just(-0.0) | st.sampled_from([1e-05, 12.3456789012345678, -1e-300])
point = st.lists(coordinate, min_size=2, max_size=2)
ring = st.lists(point, min_size=3, max_size=6).map(lambda r: [*r, r[0]])
geometry = (
    st.builds(lambda r, holes: {"type": "Polygon", "coordinates": [r, *holes]}, ring, st.lists(ring, max_size=2))
    | st.builds(lambda ps: {"type": "MultiPolygon", "coordinates": ps}, st.lists(st.lists(ring, min_size=1, max_size=2), max_size=3))
    | st.builds(lambda ps: {"type": "LineString", "coordinates": ps}, st.lists(point, min_size=2, max_size=5))
    | st.builds(lambda ls: {"type": "MultiLineString", "coordinates": ls}, st.lists(st.lists(point, min_size=2, max_size=4), max_size=3))
)


def _read_by_shapely(texts):
    from shapely.geometry import shape

    return [shape(json.loads(t)) for t in texts]


@settings(max_examples=300, deadline=None)
@given(st.lists(geometry, min_size=1, max_size=4))
def test_outlines_read_by_geos_are_the_geometries_shapely_reads(geoms):
    texts = [json.dumps(g, separators=(",", ":")) for g in geoms]
    assert [g.wkb for g in page._shapes(texts)] == [g.wkb for g in _read_by_shapely(texts)]


def test_real_outlines_read_by_geos_and_a_ring_left_open():
    from geo.extract.pipeline import extract

    fc = extract("Refugees fled Sudan and South Sudan for Chad, Uganda and Kenya, crossing the Nile.", "2024-03-01", "en")
    texts = [json.dumps(f["geometry"], separators=(",", ":")) for f in fc["features"]
             if f["geometry"]["type"] in ("Polygon", "MultiPolygon", "LineString", "MultiLineString")]
    assert len(texts) >= 4
    assert [g.wkb for g in page._shapes(texts)] == [g.wkb for g in _read_by_shapely(texts)]
    open_ring = json.dumps({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1]]]})  # GEOS refuses it, shapely closes it
    assert [g.wkb for g in page._shapes([*texts, open_ring])] == [g.wkb for g in _read_by_shapely([*texts, open_ring])]


def test_the_oldest_frames_beyond_the_limit_are_removed(cache, monkeypatch):
    import os

    for i in range(page.FRAMES_KEPT + 3):
        f = cache / f"batch-page-v1-{i:020d}-11.html"
        f.write_text("old", encoding="utf-8")
        os.utime(f, (1_000_000 + i, 1_000_000 + i))
    page.render_batch_parts(None, [])
    left = sorted(f.name for f in cache.glob("batch-page-*.html"))
    assert len(left) == page.FRAMES_KEPT
    assert f"batch-page-v1-{0:020d}-11.html" not in left and f"batch-page-v1-{page.FRAMES_KEPT + 2:020d}-11.html" in left


def _real_outlines():
    from geo import batch
    from geo.extract.pipeline import extract

    fc = extract("Refugees fled Sudan and South Sudan for Chad and Uganda, crossing the Nile, officials said.", "2024-03-01", "en")
    return [(f["id"], batch._encode(f["geometry"]).text) for f in fc["features"]
            if f["geometry"]["type"] in ("Polygon", "MultiPolygon", "LineString", "MultiLineString")]


@pytest.mark.parametrize("bounds", [pytest.param([[-40.0, -20.0], [40.0, 60.0]], id="a-continent"), pytest.param(None, id="no-bounds")])
def test_outlines_drawn_and_kept_are_the_outlines_drawn_again(cache, monkeypatch, bounds):
    outlines = _real_outlines()
    assert len(outlines) >= 4
    drawn = page.page_outlines(outlines, bounds)  # drawn and kept
    kept = list(cache.glob("page-outlines-v*/*.json"))
    assert len(kept) == len(outlines)
    kept[0].write_bytes("not ascii: \u00e9".encode("utf-8"))  # a broken file is drawn again
    read = page.page_outlines(outlines, bounds)  # read back
    blocker = cache / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("GEO_CACHE_DIR", str(blocker))
    page._drawn_folder.cache_clear()
    assert drawn == read == page.page_outlines(outlines, bounds)  # drawn with nothing kept (nor readable)
    assert kept[0].read_bytes().isascii()


def test_outlines_drawn_finer_for_a_small_corpus_are_not_kept(cache):
    outlines = _real_outlines()
    page.page_outlines(outlines, [[10.0, 20.0], [12.0, 22.0]])  # two degrees: finer than FINEST
    assert not list(cache.glob("page-outlines-v*/*.json"))
