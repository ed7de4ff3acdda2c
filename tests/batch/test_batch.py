"""Batch mode: many articles, one map; resumable, parallel, failures reported not fatal."""

import json

import pytest

from geo import batch
from geo.cli import main
from tests.batch.conftest import CORPUS, SLUGS, write_jsonl


def test_batch_combines_reports_failures_and_keeps_going(tmp_path, capsys):
    src = write_jsonl(tmp_path / "a.jsonl", SLUGS[:3], ['{"id": "empty", "text": "  "}', "not json", '{"id": "lang", "text": "x", "lang": "klingon"}'])
    out = tmp_path / "out"
    assert main(["--corpus", str(src), "--out", str(out), "--workers", "2"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["done"] == 3 and report["summary"]["failed"] == 3
    reasons = {r["origin"].rsplit(":", 1)[1]: r["reason"] for r in report["articles"] if r["status"] == "failed"}
    assert reasons["4"] == "the text is empty"
    assert reasons["5"].startswith("not a JSON object")
    assert "unknown language 'klingon'" in reasons["6"]
    err = capsys.readouterr().err
    assert "3 done" in err and "failed: " in err
    combined = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    per = list((out / "articles").glob("*/events.geojson"))
    assert len(per) == 3
    total = sum(len(json.loads(p.read_text(encoding="utf-8"))["features"]) for p in per)
    assert len(combined["features"]) == total
    assert len({f["properties"]["id"] for f in combined["features"]}) == total  # ids stay unique
    moves = [f for f in combined["features"] if f["properties"]["kind"] == "movement"]
    ids = {f["properties"]["id"] for f in combined["features"]}
    ends = [m["properties"][e] for m in moves for e in ("from", "to")]
    assert moves and all(e in ids for e in ends if e is not None) and any(e is not None for e in ends)
    html = (out / "map.html").read_text(encoding="utf-8")
    assert 'id="geo-data"' in html and "markerClusterGroup" in html


def test_batch_resumes_without_redoing_finished_work(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", SLUGS)
    out = tmp_path / "out"
    first = batch.run(src, out, workers=1)
    assert first["summary"]["done"] == 5
    files = sorted((out / "articles").glob("*/events.geojson"))
    stamps = {p: p.stat().st_mtime_ns for p in files}
    # an interrupted run: one article's result is missing
    files[0].unlink()
    second = batch.run(src, out, workers=1)
    assert second["summary"]["done"] == 1 and second["summary"]["skipped"] == 4
    for p in files[1:]:
        assert p.stat().st_mtime_ns == stamps[p]  # untouched
    assert files[0].exists()


def test_a_folder_of_text_files(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    for slug in SLUGS[:2]:
        a = json.loads((CORPUS / f"{slug}.json").read_text(encoding="utf-8"))
        (folder / f"{slug}.txt").write_text(a["text"], encoding="utf-8")
        (folder / f"{slug}.json").write_text(json.dumps({"published": a["published"], "lang": a["lang"]}), encoding="utf-8")
    (folder / "bad.txt").write_bytes("caf\xe9".encode("latin-1"))
    rep = batch.run(folder, tmp_path / "out", workers=1)
    assert rep["summary"]["done"] == 2 and rep["summary"]["failed"] == 1
    assert [r["reason"] for r in rep["articles"] if r["status"] == "failed"][0].startswith("not UTF-8")


def test_missing_corpus_is_an_error(tmp_path, capsys):
    assert main(["--corpus", str(tmp_path / "none.jsonl"), "--out", str(tmp_path / "o")]) == 2
    assert "none.jsonl: no such file or folder" in capsys.readouterr().err


@pytest.mark.slow
def test_the_same_batch_on_a_local_dask_cluster(tmp_path):
    from dask.distributed import Client, LocalCluster

    src = write_jsonl(tmp_path / "a.jsonl", SLUGS, ['{"id": "empty", "text": ""}'])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        rep = batch.run_dask(src, tmp_path / "dask", client)
    assert rep["summary"]["done"] == 5 and rep["summary"]["failed"] == 1
    serial = batch.run(src, tmp_path / "serial", workers=1)
    a = json.loads((tmp_path / "dask" / "events.geojson").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "serial" / "events.geojson").read_text(encoding="utf-8"))
    assert sorted(f["properties"]["id"] for f in a["features"]) == sorted(f["properties"]["id"] for f in b["features"])
    assert serial["summary"]["done"] == 5
