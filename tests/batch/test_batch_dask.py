"""Dask from storage to storage (issue 24 item 4): the workers read the corpus where it is
stored and write into the output folder, their only shared state; a worker killed mid-run
and the run resumed give the outputs of a clean run."""

from __future__ import annotations

import json
import os
import signal
import threading

import pytest

from geo import batch, batch_dask
from tests.batch.conftest import CORPUS, SLUGS


def _lines(copies: int = 1) -> list[str]:
    """The test articles, ``copies`` times with distinct ids (each an article of its own)."""
    out = []
    for c in range(copies):
        for slug in SLUGS:
            a = json.loads((CORPUS / f"{slug}.json").read_text(encoding="utf-8"))
            out.append(json.dumps({"id": f"{slug}-{c}", "text": a["text"], "published": a["published"], "lang": a["lang"]}, ensure_ascii=False))
    return out


def _content(folder):
    """What a run wrote, as JSON: the combined features and metadata, every article's file."""
    combined = json.loads((folder / "events.geojson").read_text(encoding="utf-8"))
    articles = {p.parent.name: json.loads(p.read_text(encoding="utf-8")) for p in (folder / "articles").glob("*/events.geojson")}
    return combined, articles


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The corpus as one JSON Lines file and its clean run on one process."""
    tmp = tmp_path_factory.mktemp("clean")
    src = tmp / "all.jsonl"
    src.write_text("\n".join(_lines(3)) + "\n", encoding="utf-8")
    batch.run(src, tmp / "out", workers=1)
    return src, _content(tmp / "out")


@pytest.mark.parametrize("tasks", [pytest.param(1, id="one-block"), pytest.param(4, id="four-blocks"), pytest.param(40, id="more-blocks-than-lines")])
def test_a_file_cut_into_blocks_reads_every_line_once_with_its_number(tmp_path, tasks):
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(_lines(2)[:7]) + "\n\nnot json\n", encoding="utf-8")
    whole = [x.origin if isinstance(x, batch.Article) else x[0] for x in batch.read_corpus(src)]
    parts = batch_dask.partitions(src, tasks)
    cut = [x.origin if isinstance(x, batch.Article) else x[0] for p in parts for x in batch_dask.read_partition(p)]
    assert cut == whole and len(whole) == 8


def test_parts_read_through_an_fsspec_url_and_parquet_give_the_same_outputs(tmp_path, clean):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src, (combined, articles) = clean
    lines = src.read_text(encoding="utf-8").splitlines()
    store = tmp_path / "store"
    store.mkdir()
    (store / "part-0.jsonl").write_text("\n".join(lines[:8]) + "\n", encoding="utf-8")
    rows = [json.loads(x) for x in lines[8:]]
    pq.write_table(pa.Table.from_pylist(rows), store / "part-1.parquet")
    rep = batch.run_dask(f"file://{store}/part-*", tmp_path / "out")  # Dask's default scheduler
    assert rep["summary"] == {"articles": 15, "done": 15, "skipped": 0, "failed": 0, "features": len(combined["features"])}
    assert _content(tmp_path / "out") == (combined, articles)
    assert sorted({r["origin"].rsplit(":", 1)[0] for r in rep["articles"]}) == ["part-0.jsonl", "part-1.parquet"]


@pytest.mark.slow
def test_a_worker_killed_mid_run_then_the_run_resumed_gives_a_clean_runs_outputs(tmp_path, clean):
    from dask.distributed import Client, LocalCluster

    src, expected = clean
    out = tmp_path / "out"
    killed, mid_run = threading.Event(), []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        pids = list(client.run(os.getpid).values())

        def kill_one_when_started() -> None:  # the output folder is the only shared state: watch it
            while not killed.is_set():
                if len(list((out / "articles").glob("*/events.geojson"))) >= 2:
                    os.kill(pids[0], signal.SIGKILL)
                    mid_run.append(len(list((out / "articles").glob("*/events.geojson"))))
                    killed.set()
                threading.Event().wait(0.05)

        watcher = threading.Thread(target=kill_one_when_started, daemon=True)
        watcher.start()
        try:
            first = batch.run_dask(src, out, client, partitions=8)
        except Exception:  # noqa: BLE001 - the run may stop with the worker: it is resumed below
            first = None
        killed.set()
        watcher.join()
        again = batch.run_dask(src, out, client, partitions=8)
    assert mid_run and mid_run[0] < 15  # killed while articles were left to do
    assert first is None or first["summary"]["done"] + first["summary"]["skipped"] == 15
    assert again["summary"]["done"] + again["summary"]["skipped"] == 15 and again["summary"]["failed"] == 0
    assert _content(out) == expected
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no part or spill folder left


def test_a_part_that_cannot_be_read_is_reported_and_the_others_done(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    (store / "a.jsonl").write_text("\n".join(_lines()[:2]) + "\n", encoding="utf-8")
    (store / "b.parquet").write_bytes(b"not parquet at all")
    rep = batch.run_dask(store, tmp_path / "out")
    assert rep["summary"]["done"] == 2 and rep["summary"]["failed"] == 1
    failed = next(r for r in rep["articles"] if r["status"] == "failed")
    assert failed["origin"].endswith("b.parquet") and "cannot be read" in failed["reason"]


def test_a_corpus_with_no_article_writes_nothing(tmp_path):
    src = tmp_path / "blank.jsonl"
    src.write_text("\n\n", encoding="utf-8")
    with pytest.raises(batch.InputError, match="no article"):
        batch.run_dask(src, tmp_path / "out")
    assert not (tmp_path / "out").exists()
