"""A corpus's features as a partitioned GeoParquet dataset (issue 24 item 3): ``--parquet``
writes ``events.parquet`` beside ``events.geojson``, holding the same features."""

from __future__ import annotations

import json

import pytest
from shapely.geometry import shape

from geo import batch
from geo.cli import main
from geo.io.geoparquet import month
from geo.outlines import resolve
from tests.batch.conftest import SLUGS, write_jsonl


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("parquet")
    src = write_jsonl(tmp / "a.jsonl", SLUGS)
    out = tmp / "out"
    assert main(["--corpus", str(src), "--out", str(out), "--workers", "1", "--parquet"]) == 0
    return src, out


def test_the_dataset_holds_the_combined_features_partitioned_by_month(built):
    import geopandas as gpd

    _, out = built
    # the dataset holds full geometries: the combined file's outlines resolved (geo/outlines.py)
    combined = resolve(json.loads((out / "events.geojson").read_text(encoding="utf-8")))
    frame = gpd.read_parquet(out / "events.parquet")
    assert sorted(frame["id"]) == sorted(f["id"] for f in combined["features"])
    by_id = {f["id"]: f for f in combined["features"]}
    for row in frame.itertuples():
        f = by_id[row.id]
        assert json.loads(row.properties) == f["properties"]
        assert row.geometry.equals(shape(f["geometry"]))
    assert frame.crs.to_epsg() == 4326
    months = {month(json.loads(a.read_text(encoding="utf-8"))["geo"]["published"]) for a in (out / "articles").glob("*/events.geojson")}
    assert {p.name for p in (out / "events.parquet").iterdir()} == {f"published={m}" for m in months}


def test_pandas_reads_the_partition_column(built):
    import pandas as pd

    _, out = built
    frame = pd.read_parquet(out / "events.parquet")
    assert set(frame["published"].astype(str)) <= {p.name.split("=", 1)[1] for p in (out / "events.parquet").iterdir()}


def test_a_second_run_replaces_the_dataset_and_leaves_no_staging(built):
    src, out = built
    before = sorted(p.relative_to(out) for p in (out / "events.parquet").rglob("*.parquet"))
    batch.run(src, out, workers=1, parquet=True)
    assert sorted(p.relative_to(out) for p in (out / "events.parquet").rglob("*.parquet")) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(("published", "expected"), [("2024-03-05", "2024-03"), ("2024", "unknown"), (None, "unknown"), ("yesterday", "unknown")])
def test_month(published, expected):
    assert month(published) == expected
