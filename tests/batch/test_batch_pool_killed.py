"""A pool worker killed mid-run (issue 24): the records come back through files, the pool's
messages are small, so a worker killed while it sends one breaks the pool instead of leaving
the run waiting for the rest of a message; the run resumed gives a clean run's outputs."""

from __future__ import annotations

import json
import os
import pickle
import signal
import threading
from concurrent.futures.process import BrokenProcessPool

import pytest

from geo import batch
from tests.batch.conftest import CORPUS, SLUGS


def _lines(copies: int) -> list[str]:
    out = []
    for c in range(copies):
        for slug in SLUGS:
            a = json.loads((CORPUS / f"{slug}.json").read_text(encoding="utf-8"))
            out.append(json.dumps({"id": f"{slug}-{c}", "text": a["text"], "published": a["published"], "lang": a["lang"]}, ensure_ascii=False))
    return out


def _content(folder):
    combined = json.loads((folder / "events.geojson").read_text(encoding="utf-8"))
    articles = {p.parent.name: json.loads(p.read_text(encoding="utf-8")) for p in (folder / "articles").glob("*/events.geojson")}
    return combined, articles


def test_a_workers_message_is_small_and_its_record_read_back_is_the_record(tmp_path):
    src = tmp_path / "one.jsonl"
    src.write_text(_lines(1)[0] + "\n", encoding="utf-8")
    (article,) = [a for a in batch.read_corpus(src) if isinstance(a, batch.Article)]
    entry, record = batch._work(article, str(tmp_path / "a"))
    assert record is not None and len(pickle.dumps(record)) > 4096  # what the pool sent before: more than a pipe writes in one piece
    with batch._Results(tmp_path) as results:
        sent = batch._work_sent(article, str(tmp_path / "b"), str(results.dir))
        assert len(pickle.dumps(sent)) < 1024  # one write to the pipe, never half of it
        assert results.fetch(sent) == (entry, record)
    assert not results.dir.exists()


@pytest.mark.slow
def test_a_pool_worker_killed_mid_run_then_the_run_resumed_gives_a_clean_runs_outputs(tmp_path):
    src = tmp_path / "all.jsonl"
    src.write_text("\n".join(_lines(4)) + "\n", encoding="utf-8")
    batch.run(src, tmp_path / "clean", workers=1)
    out = tmp_path / "out"
    killed, at = threading.Event(), []
    me = open("/proc/self/cmdline", "rb").read()  # noqa: SIM115 - read at once

    def kill_one_when_started() -> None:
        while not killed.is_set():
            done = len(list((out / "articles").glob("*/events.geojson")))
            if done >= 2:
                kids = [int(k) for t in os.listdir("/proc/self/task") for k in open(f"/proc/self/task/{t}/children").read().split()]  # noqa: SIM115
                workers = [k for k in kids if open(f"/proc/{k}/cmdline", "rb").read() == me]  # noqa: SIM115 - forked workers
                if workers:
                    os.kill(workers[0], signal.SIGKILL)
                    at.append(done)
                    killed.set()
            killed.wait(0.02)

    def stuck(*_: object) -> None:
        raise TimeoutError("the run still waits 240 s after a worker was killed")

    old = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(240)
    watcher = threading.Thread(target=kill_one_when_started, daemon=True)
    watcher.start()
    try:
        try:
            first = batch.run(src, out, workers=2)
        except BrokenProcessPool:
            first = None
        killed.set()
        watcher.join()
        again = batch.run(src, out, workers=2)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert at and at[0] < 20  # killed while articles were left to do
    assert first is None or first["summary"]["done"] + first["summary"]["skipped"] == 20
    assert again["summary"]["done"] + again["summary"]["skipped"] == 20 and again["summary"]["failed"] == 0
    assert _content(out) == _content(tmp_path / "clean")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no results or spill folder left
