"""The batch's fast combine (issue 14) gives what the old one gave.

The old combine re-read every article's file, validated it, tagged its features and wrote
``geo.io.dumps`` of the whole; it is kept here (``old_combined``) as the reference. The
per-article files hold what ``geo.io.dumps`` wrote (one feature a line since issue 24, see
``tests/batch/test_batch_encode.py``); the map's bounds, combined from each article's extent, to
``geo.render._bounds`` of the whole collection.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import batch
from geo.io import dumps
from geo.io.edits import fingerprint, stamp, stamp_meta
from geo.io.validate import parse_geojson
from tests.batch.conftest import SLUGS, write_jsonl

# ------------------------------------------------------------------ bounds

kinds = st.sampled_from([None, "town", "country", "river", "border", "region"])
precisions = st.sampled_from([None, 1, 50.5, 150, 151, 2000, True, "far"])
coords = st.floats(-170, 170, allow_nan=False)


@st.composite
def feature(draw):
    x, y = draw(coords), draw(st.floats(-80, 80, allow_nan=False))
    geom = draw(st.sampled_from(["point", "line", "broken"]))
    if geom == "point":
        g = {"type": "Point", "coordinates": [x, y]}
    elif geom == "line":
        g = {"type": "LineString", "coordinates": [[x, y], [x + draw(st.floats(0.1, 5)), y - draw(st.floats(0.1, 5))]]}
    else:
        g = {"type": "Nonsense"}
    props = {"kind": "place"}
    if (k := draw(kinds)) is not None:
        props["place_kind"] = k
    if (p := draw(precisions)) is not None:
        props["precision_km"] = p
    return {"type": "Feature", "properties": props, "geometry": g}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(feature(), max_size=5), min_size=1, max_size=5))
def test_bounds_combined_from_each_article_are_the_bounds_of_the_whole(articles):
    from geo.render.page import _bounds

    records = [batch.Record("k", "s", len(fs), "", "", batch.extent(fs)) for fs in articles]
    whole = [f for fs in articles for f in fs]
    assert batch._bounds_of(records) == _bounds(whole, pad=0.2)


# ------------------------------------------------------------------ the combined outputs


def old_combined(out: Path, articles: list[batch.Article]) -> dict:
    """The combined collection as the old combine built it: each article's file read back."""
    features: list[dict] = []
    sources: dict[str, str] = {}
    for a in articles:
        path = out / "articles" / a.key / batch.EVENTS
        if not path.exists():
            continue
        fc = parse_geojson(path.read_bytes(), str(path), "events")
        src = (fc.get("geo") or {}).get("source") or a.origin
        sources[a.key] = src
        for f in fc["features"]:
            g = dict(f)
            props = dict(f["properties"])
            props["article"] = a.key
            props["outlet"] = src
            props["id"] = f"{a.key}/{props['id']}"
            for end in ("from", "to", "place"):
                if isinstance(props.get(end), str):
                    props[end] = f"{a.key}/{props[end]}"
            g["properties"] = props
            g["id"] = props["id"]
            features.append(g)
    return {"type": "FeatureCollection", "geo": {"articles": sources}, "features": features}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("combine")
    src = write_jsonl(tmp / "a.jsonl", SLUGS, ['{"id": "empty", "text": " "}'])
    out = tmp / "out"
    rep = batch.run(src, out, workers=2)
    return src, out, rep


def test_the_combined_file_holds_the_old_collection_one_feature_a_line(built):
    from geo.render.batch import render_batch_html

    src, out, rep = built
    articles, _ = batch.plan(src)
    old = old_combined(out, articles)
    text = (out / "events.geojson").read_text(encoding="utf-8")
    from geo.outlines import resolve

    combined = resolve(json.loads(text))  # each area and line written once (geo.outlines), put back
    # the record of what geo wrote (geo.written, geo.written_geo) beside the old collection
    assert combined["geo"].pop("written") == {f["id"]: fingerprint(f) for f in old["features"]}
    assert combined["geo"].pop("written_geo") == stamp_meta(old["geo"])
    assert combined == old
    assert len(old["features"]) == rep["summary"]["features"] > 5
    lines = text.splitlines()
    assert len(lines) == len(old["features"]) + 2  # the header, a line a feature, the end
    assert [json.loads(line.rstrip(","))["id"] for line in lines[1:-1]] == [f["id"] for f in old["features"]]
    # the page joined from the workers' parts is the page of the old collection, byte for byte
    assert (out / "map.html").read_text(encoding="utf-8") == render_batch_html(old)


def test_each_article_file_holds_its_stamped_extraction_one_feature_a_line(built):
    from geo.extract.pipeline import extract

    src, out, _ = built
    articles, _ = batch.plan(src)
    done = [a for a in articles if a.text.strip()]
    assert len(done) == len(SLUGS)
    for a in done:
        fc = extract(a.text, a.published, a.lang, source=a.source or a.origin)
        text = (out / "articles" / a.key / batch.EVENTS).read_text(encoding="utf-8")
        assert json.loads(text) == json.loads(dumps(stamp(fc)))
        assert len(text.splitlines()) == len(fc["features"]) + 2


def test_a_resumed_run_reads_the_files_and_writes_the_same_outputs(built, tmp_path):
    import shutil

    src, out, _ = built
    again = tmp_path / "again"
    shutil.copytree(out / "articles", again / "articles")
    rep = batch.run(src, again, workers=1)
    assert rep["summary"]["skipped"] == len(SLUGS) and rep["summary"]["done"] == 0
    for name in ("events.geojson", "map.html"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_a_result_that_cannot_be_json_is_reported_failed_and_not_written(tmp_path, monkeypatch, seed_fc):
    fc = json.loads(json.dumps(seed_fc))
    fc["features"][0]["geometry"] = {"type": "Point", "coordinates": [float("nan"), 1.0]}
    monkeypatch.setattr("geo.extraction.pipeline.extract", lambda *a, **k: fc)
    art = batch.Article("A text of its own.", "x.jsonl:1")
    entry, record = batch._work(art, str(tmp_path))
    assert entry["status"] == "failed" and record is None
    assert "not JSON compliant" in entry["reason"]
    assert not (tmp_path / "articles" / art.key / batch.EVENTS).exists()


def test_a_result_with_tuples_is_written_as_geo_io_dumps_writes_it(tmp_path, monkeypatch, seed_fc):
    fc = json.loads(json.dumps(seed_fc))
    point = next(f for f in fc["features"] if f["geometry"]["type"] == "Point")
    point["geometry"]["coordinates"] = tuple(point["geometry"]["coordinates"])
    monkeypatch.setattr("geo.extraction.pipeline.extract", lambda *a, **k: fc)
    art = batch.Article("Another text of its own.", "y.jsonl:1")
    entry, record = batch._work(art, str(tmp_path))
    assert entry["status"] == "done" and record is not None and record.count == len(fc["features"])
    assert json.loads((tmp_path / "articles" / art.key / batch.EVENTS).read_text(encoding="utf-8")) == json.loads(dumps(stamp(fc)))
    assert not math.isnan(record.extent[1][0] if record.extent[1] else record.extent[2][0])
