"""The parent's per-article records on disk (issue 24): the ledger gives back what the lists
and sorts it replaces gave, the report and the combined file's ``geo.articles`` are written
a piece at a time as ``json.dumps`` writes them whole, the parent's memory does not grow
with the articles, and a run killed mid-way then resumed gives a clean run's outputs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import batch, batch_ledger
from geo.batch_ledger import Ledger
from geo.io.edits import stamp_meta
from tests.batch.conftest import CORPUS, SLUGS
from tests.conftest import ROOT

# origins that sort differently by code point, by UTF-16 or by locale: accents, a character
# past the BMP, one past the surrogates, a lone surrogate (a file name not in UTF-8), none
_ORIGINS = st.sampled_from(["a.jsonl:1", "a.jsonl:10", "a.jsonl:2", "b/é.txt", "b/e\u0301.txt", "b/\U0001f600.txt",
                            "b/\ue000.txt", "b/\udcff.txt", "", "Z.jsonl:3"])
_STATUSES = st.sampled_from(["done", "skipped", "failed", "odd"])
_KEYS = st.sampled_from(["k1", "k2", "k3", None])


@st.composite
def _entries(draw: st.DrawFn) -> list[dict]:
    out = []
    for i in range(draw(st.integers(0, 30))):
        entry: dict = {}
        key = draw(_KEYS)
        if key is not None:
            entry["key"] = key
        if draw(st.integers(0, 9)):  # now and then no origin at all
            entry["origin"] = draw(_ORIGINS)
        entry["status"] = draw(_STATUSES)
        entry["reason"] = f"#{i} " + draw(st.text(max_size=6))
        out.append(entry)
    return out


def _python_sorted(entries: list[dict]) -> list[dict]:
    """What finish did before the ledger."""
    order = {"done": 0, "skipped": 1, "failed": 2}
    return sorted(entries, key=lambda r: (order.get(r["status"], 3), r.get("origin", "")))


@pytest.fixture
def ledger(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_ledger, "_CHUNK", 3)  # read back across many chunks
    monkeypatch.setattr(batch_ledger, "_BATCH", 5)  # and committed between writes
    led = Ledger(tmp_path)
    yield led
    led.close()


@settings(max_examples=60, deadline=None)
@given(entries=_entries(), amend=st.lists(st.tuples(_KEYS, _ORIGINS, st.sampled_from(["fail", "reason"])), max_size=6))
def test_the_ledgers_report_is_the_sorted_list_amended_as_the_list_was(tmp_path_factory, entries, amend):
    folder = tmp_path_factory.mktemp("ledger")
    old_chunk = batch_ledger._CHUNK
    batch_ledger._CHUNK = 3
    led = Ledger(folder)
    try:
        mine = [dict(e) for e in entries]
        for e in entries:
            led.report(e)
        for key, origin, what in amend:
            if key is None:
                continue
            ref = batch._Ref(key, origin, None)
            failed = {"key": key, "origin": origin, "id": None, "status": "failed", "reason": "x"}
            change = ((lambda _, failed=failed: failed) if what == "fail"
                      else (lambda e: None if e is None else {**e, "reason": "edited"}))
            batch._amend(mine, ref, change)
            batch._amend(led, ref, change)
        assert list(led.entries()) == _python_sorted(mine)
        counts = led.counts()
        for status in ("done", "skipped", "failed", "odd"):
            assert counts.get(status, 0) == sum(e["status"] == status for e in mine)
        failed = [e for e in _python_sorted(mine) if e["status"] == "failed"]
        assert led.first("failed", in_order=True) == (failed[0] if failed else None)
    finally:
        led.close()
        batch_ledger._CHUNK = old_chunk


def test_keys_are_seen_once_and_the_order_and_shares_come_back_in_order(ledger):
    assert [ledger.see(k) for k in ("b", "a", "b", "c", "a")] == [True, True, False, True, False]
    refs = [batch._Ref(f"k{i}", f"o:{i}", None if i % 2 else str(i)) for i in range(11)]
    for r in refs:
        ledger.add_to_order(r)
    assert list(ledger.order()) == refs
    for key in ("m", "c", "x", "a", "b", "d", "e"):
        ledger.use(key, (key, 1))
        ledger.keep(key, (key, 2))
    assert [k for k, _ in ledger.used()] == ["m", "c", "x", "a", "b", "d", "e"]
    assert [k for k, _ in ledger.used(by_key=True)] == ["a", "b", "c", "d", "e", "m", "x"]
    assert ledger.kept("x") == ("x", 2) and ledger.kept("nope") is None


_TEXT = st.lists(st.characters(blacklist_categories=("Cs",)).map(str) | st.sampled_from(["\n", "  }", "  },\n", '"', "\\", "\udc80", "\u2063"]),
                 max_size=8).map("".join)


@settings(max_examples=80, deadline=None)
@given(entries=st.lists(st.dictionaries(st.sampled_from(["key", "origin", "id", "status", "reason"]), _TEXT | st.none(), min_size=1), max_size=8),
       message=st.none() | _TEXT)
def test_the_report_written_in_pieces_is_json_dumps_of_it_and_reads_back(tmp_path_factory, entries, message):
    result: dict = {"summary": {"articles": len(entries), "done": 1}, "articles": [], "events_sha256": "ab"}
    if message is not None:
        result["message"] = message
    whole = batch.shown(json.dumps({**result, "articles": entries}, ensure_ascii=False, indent=1)) + "\n"
    pieces = b"".join(batch._report_parts(result, iter(entries), len(entries)))
    assert pieces == whole.encode("utf-8")
    path = tmp_path_factory.mktemp("report") / "report.json"
    path.write_bytes(pieces)
    back = batch._Entries(path, len(entries))
    assert len(back) == len(entries)
    assert list(back) == json.loads(whole)["articles"]


_SOURCES = st.text(max_size=8) | st.sampled_from([2.0, None, 3, {"b": 1.0, "a": [2.0]}])


@settings(max_examples=80, deadline=None)
@given(articles=st.dictionaries(st.text(min_size=1, max_size=6), _SOURCES, max_size=8))
def test_geo_articles_written_a_member_at_a_time_is_json_dumps_of_the_dict(articles):
    kept = [batch._Kept(k, s, 0, (False, None, None), (0, 0), (0, 0), (0, 0), (), (), None) for k, s in articles.items()]
    geo = {"articles": articles}
    members = b",".join(batch._articles_members(kept, ascii=False))
    assert b'{"articles":{' + members + b"}}" == json.dumps(geo, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    members = b",".join(batch._articles_members(kept, ascii=True))
    assert b'{"articles":{' + members + b"}}" == batch.json_for_html(geo).encode("utf-8")
    assert batch._articles_stamp(sorted(kept, key=lambda r: r.key)) == stamp_meta(geo)


_BOX = st.tuples(*[st.floats(-180, 180, allow_nan=False)] * 4)


@settings(max_examples=100, deadline=None)
@given(extents=st.lists(st.tuples(st.just(True), _BOX | st.none(), st.none()) | st.tuples(st.just(False), st.none(), _BOX | st.none()), max_size=8))
def test_the_bounds_in_one_pass_are_the_bounds_in_two(extents):
    has_focus = any(e[0] for e in extents)
    boxes = [b for b in (e[1] if has_focus else e[2] for e in extents) if b is not None]
    want = None if not boxes else [[min(b[1] for b in boxes) - 0.2, min(b[0] for b in boxes) - 0.2],
                                   [max(b[3] for b in boxes) + 0.2, max(b[2] for b in boxes) + 0.2]]
    assert batch._bounds_of_extents(iter(extents)) == want


def _corpus(path: Path, copies: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for c in range(copies):
            for slug in SLUGS:
                a = json.loads((CORPUS / f"{slug}.json").read_text(encoding="utf-8"))
                fh.write(json.dumps({"id": f"{slug}-{c}", "text": a["text"], "published": a["published"], "lang": a["lang"]}, ensure_ascii=False) + "\n")
    return path


def _stub_work(article: batch.Article, out: str) -> tuple[dict, batch.Record]:
    """A worker's answer without the extraction: one point feature an article."""
    fc = {"type": "FeatureCollection", "geo": {"source": article.source},
          "features": [{"type": "Feature", "id": "p1", "geometry": {"type": "Point", "coordinates": [1.0, 2.0]},
                        "properties": {"kind": "event", "id": "p1", "name": article.origin}}]}
    return {"key": article.key, "origin": article.origin, "id": article.id, "status": "done"}, batch._record(article.key, article.origin, fc)


def _python_peak_during_run(tmp_path: Path, n: int, monkeypatch) -> int:
    src = tmp_path / f"c{n}.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "text": f"article {i}", "source": f"outlet {i % 7}"}) + "\n")
    monkeypatch.setattr(batch, "_work", _stub_work)
    # the page's renderer loaded before, so that its first loading is not counted
    batch._load_renderer()
    tracemalloc.start()
    try:
        batch.run(src, tmp_path / f"out{n}", workers=1)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_the_parents_memory_does_not_grow_with_the_articles(tmp_path, monkeypatch):
    _python_peak_during_run(tmp_path, 50, monkeypatch)  # what a first run loads once
    small = _python_peak_during_run(tmp_path, 400, monkeypatch)
    large = _python_peak_during_run(tmp_path, 4000, monkeypatch)
    # Python's allocations at their peak, 4,000 articles against 400 (tracemalloc; the
    # ledger's SQLite pages are C memory, bounded by its cache_size): before the ledger
    # +5,687,942 bytes (1.6 KB an article: the report's dicts, the _Kept and _Ref of each,
    # the seen keys, geo.articles, the sorted report and its JSON), with it +107,181
    # (measured with this file's _python_peak_during_run on both trees, 2026-12-07)
    assert large - small < 1_000_000, (small, large)


def test_articles_read_back_leave_no_outline_in_the_encoders_cache(tmp_path):
    src = _corpus(tmp_path / "c.jsonl", 1)
    batch.run(src, tmp_path / "out", workers=1)
    articles, _ = batch.plan(src)
    batch._AREAS.clear()
    rep = batch.finish(tmp_path / "out", articles, [{"key": a.key, "origin": a.origin, "id": a.id, "status": "skipped"} for a in articles])
    assert rep["summary"]["skipped"] == len(SLUGS) and rep["summary"]["features"] > 0
    assert not batch._AREAS  # each read-back outline would have been kept (a new list each time)


_RUN = """
import sys
from geo import batch
batch.run(sys.argv[1], sys.argv[2], workers=1)
"""


@pytest.mark.slow
def test_a_run_killed_mid_way_then_resumed_gives_the_clean_runs_outputs(tmp_path):
    src = _corpus(tmp_path / "c.jsonl", 3)
    clean = tmp_path / "clean"
    batch.run(src, clean, workers=1)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", _RUN, str(src), str(out)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 240
        while len(list((out / "articles").glob("*/events.geojson"))) < 4:
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no article written in 240 s"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    left = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert left, "the killed run left its spill and ledger"
    assert not (out / "events.geojson").exists()
    again = batch.run(src, out, workers=1)
    assert again["summary"]["failed"] == 0 and again["summary"]["skipped"] >= 4
    assert again["summary"]["done"] + again["summary"]["skipped"] == 3 * len(SLUGS)
    for name in ("events.geojson", "map.html"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    clean_articles = {p.relative_to(clean): p.read_bytes() for p in (clean / "articles").rglob("*.geojson")}
    assert {p.relative_to(out): p.read_bytes() for p in (out / "articles").rglob("*.geojson")} == clean_articles
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # the killed run's staging removed
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [r["origin"] for r in report["articles"]] == [r["origin"] for r in again["articles"]]
