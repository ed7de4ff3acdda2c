"""A batch process moves what it loaded once out of the cyclic garbage collector's sight
after its 1st, 2nd, 4th, ... 64th article (:func:`geo.batch._settle`, issue 24): the
collector stops walking the gazetteer, the caches and the lexicons again and again. What
the run writes is the same (bench/same_batch.py compares whole runs)."""

from __future__ import annotations

import pytest

from geo import batch


@pytest.fixture
def freezes(monkeypatch):
    """The article counts at which gc.freeze was called (the real freeze not done)."""
    calls: list[int] = []
    monkeypatch.setattr(batch, "_EXTRACTED", [0])
    monkeypatch.setattr(batch.gc, "freeze", lambda: calls.append(batch._EXTRACTED[0]))
    return calls


def test_settle_freezes_after_the_powers_of_two_up_to_64(freezes):
    for _ in range(200):
        batch._settle()
    assert freezes == [1, 2, 4, 8, 16, 32, 64]
    assert batch._EXTRACTED[0] == 200


@pytest.mark.parametrize(
    ("text", "status"),
    [("Die Familien flohen aus Aleppo nach Gaziantep.", "done"), ("   ", "failed")],
    ids=["done", "failed"],
)
def test_every_article_worked_counts(tmp_path, freezes, text, status):
    entry, _ = batch._work(batch.Article(text, "t.jsonl:1", "2020-01-02", "de"), str(tmp_path))
    assert entry["status"] == status
    assert batch._EXTRACTED[0] == 1 and freezes == [1]


def test_an_article_already_done_is_not_counted(tmp_path, freezes):
    a = batch.Article("Die Familien flohen aus Aleppo nach Gaziantep.", "t.jsonl:1", "2020-01-02", "de")
    batch._work(a, str(tmp_path))
    entry, _ = batch._work(a, str(tmp_path))
    assert entry["status"] == "skipped"
    assert batch._EXTRACTED[0] == 1


def test_a_forking_pool_gets_the_tables_read_once_in_the_parent(monkeypatch):
    import multiprocessing

    from geo.text import SUPPORTED_LANGS
    from geo.text.document import _lemma_table
    from geo.text.frequency import _table

    frozen: list[bool] = []
    monkeypatch.setattr(batch.gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(multiprocessing, "get_start_method", lambda allow_none=False: "fork")
    _lemma_table.cache_clear()
    _table.cache_clear()
    batch._preload()
    assert _lemma_table.cache_info().currsize == len(SUPPORTED_LANGS)
    assert _table.cache_info().currsize == len(SUPPORTED_LANGS)
    assert frozen == [True]


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_a_pool_that_does_not_fork_reads_nothing_in_the_parent(monkeypatch, method):
    import multiprocessing

    from geo.text.document import _lemma_table

    monkeypatch.setattr(multiprocessing, "get_start_method", lambda allow_none=False: method)
    monkeypatch.setattr(batch.gc, "freeze", lambda: pytest.fail("nothing to freeze"))
    _lemma_table.cache_clear()
    batch._preload()
    assert _lemma_table.cache_info().currsize == 0


def test_a_pooled_run_preloads_before_its_workers_start(tmp_path, monkeypatch):
    from tests.batch.conftest import SLUGS, write_jsonl

    calls: list[str] = []
    monkeypatch.setattr(batch, "_preload", lambda: calls.append("preload"))
    src = write_jsonl(tmp_path / "a.jsonl", SLUGS[:2])
    batch.run(src, tmp_path / "out", workers=2)
    assert calls == ["preload"]
    calls.clear()
    batch.run(src, tmp_path / "out1", workers=1)
    assert calls == []  # one worker: the parent extracts, as it goes


@pytest.fixture
def thresholds(monkeypatch):
    """The collector's thresholds each article was worked under (the real _work done)."""
    seen: list[tuple[int, int, int]] = []
    work = batch._work

    def watched(*args, **kwargs):
        seen.append(batch.gc.get_threshold())
        return work(*args, **kwargs)

    monkeypatch.setattr(batch, "_work", watched)
    before = batch.gc.get_threshold()
    yield seen
    batch.gc.set_threshold(*before)


def test_a_run_collects_the_youngest_objects_less_often_then_as_before(tmp_path, thresholds):
    from tests.batch.conftest import SLUGS, write_jsonl

    batch.gc.set_threshold(700, 10, 10)
    src = write_jsonl(tmp_path / "a.jsonl", SLUGS[:2])
    batch.run(src, tmp_path / "out", workers=1)
    assert thresholds == [(batch._YOUNGEST, 10, 10)] * 2
    assert batch.gc.get_threshold() == (700, 10, 10)


def test_a_failed_run_leaves_the_thresholds_as_they_were(tmp_path, thresholds, monkeypatch):
    from tests.batch.conftest import SLUGS, write_jsonl

    def fail(*args, **kwargs):
        raise batch.InputError("the combine failed")

    monkeypatch.setattr(batch, "finish", fail)
    src = write_jsonl(tmp_path / "a.jsonl", SLUGS[:1])
    batch.gc.set_threshold(500, 7, 9)
    with pytest.raises(batch.InputError, match="the combine failed"):
        batch.run(src, tmp_path / "out", workers=1)
    assert thresholds == [(batch._YOUNGEST, 7, 9)]
    assert batch.gc.get_threshold() == (500, 7, 9)


def test_a_pool_worker_collects_the_youngest_objects_less_often(thresholds):
    batch.gc.set_threshold(700, 10, 10)
    batch._warm()  # what a pool's worker runs first
    assert batch.gc.get_threshold() == (batch._YOUNGEST, 10, 10)
