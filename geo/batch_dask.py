"""A corpus on Dask from storage to storage (issue 24): the workers read their share of
the corpus from where it is stored, write each article's file into the output folder and
their share of the combined outputs beside it; the client holds counts while they run.

The corpus (:func:`partitions`) is one of:

- a JSON Lines file (a local path or any fsspec URL): cut into blocks of bytes, each a task
  (a line belongs to the block it starts in; the client counts the lines before each
  block by streaming the file, holding none of it);
- a folder, a glob or an fsspec URL of parts, ``*.jsonl`` or ``*.parquet`` (columns
  ``text`` and optionally ``id``, ``published``, ``lang``, ``source``): a part a task;
- a folder of ``.txt`` files (with their ``.json`` beside them): a share of the files a task.

Each task writes ``articles/<key>/events.geojson`` for each of its articles (an article
whose file is there is not redone: its file is read back and checked, so a resumed run, or
a task run again after its worker died, reads what the folder already holds), then its
share of the combined outputs, with each article's report entry, as one part file in a
staging folder inside the output folder (its only shared state). The client then reads
the parts in the corpus's order, spilling them as the local run does
(:class:`geo.batch._Combine`), and writes the combined files, the page and the report.
The output folder is a local path (shared by the workers, e.g. a network file system).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from geo import batch
from geo.errors import InputError
from geo.io.commit import STAGING_PREFIX, locked

if TYPE_CHECKING:
    from distributed import Client


@dataclass(frozen=True)
class Partition:
    """A task's share of a corpus."""

    kind: str  # "jsonl", "parquet" or "txt"
    url: str  # the file (jsonl, parquet) or the folder (txt)
    name: str  # as origins show it
    start: int = 0  # jsonl: the block's first byte (a line's start) ...
    end: int | None = None  # ... and where the next block starts
    line: int = 0  # jsonl: the lines before the block
    files: tuple[str, ...] = ()  # txt: the files


def _is_url(corpus: str) -> bool:
    return "://" in corpus or any(c in corpus for c in "*?[")


def partitions(corpus: str | Path, tasks: int) -> list[Partition]:
    """The corpus's partitions, about ``tasks`` of them for a single file or folder of texts."""
    text = str(corpus)
    if _is_url(text):
        import fsspec

        fs, _, paths = fsspec.get_fs_token_paths(text)
        if len(paths) == 1 and fs.isdir(paths[0]):
            paths = sorted(p for p in fs.ls(paths[0], detail=False) if p.endswith((".jsonl", ".parquet")))
        if not paths:
            raise InputError(f"{text}: no .jsonl or .parquet parts there")
        if len(paths) == 1 and not paths[0].endswith(".parquet"):
            return _blocks(fs.unstrip_protocol(paths[0]), batch.shown(text), fs.size(paths[0]), tasks)
        return [_part(fs.unstrip_protocol(p), batch.shown(p.rsplit("/", 1)[-1])) for p in sorted(paths)]
    p = Path(corpus)
    if not (p.exists() or p.is_symlink()):
        raise InputError(f"{p}: no such file or folder")
    if p.is_dir():
        parts = sorted(q for q in p.iterdir() if q.suffix in (".jsonl", ".parquet"))
        txt = sorted(p.glob("*.txt"))
        if parts and not txt:
            return [_part(str(q), batch.shown(str(q))) for q in parts]
        if not txt:
            raise InputError(f"{p}: no .txt articles in this folder; expected ARTICLE.txt files, each with an optional ARTICLE.json")
        n = max(1, min(tasks, len(txt)))
        return [Partition("txt", str(p), batch.shown(str(p)), files=tuple(str(f) for f in txt[i::n])) for i in range(n)]
    if p.suffix == ".parquet":
        return [_part(str(p), batch.shown(str(p)))]
    if not p.is_file():
        raise InputError(f"{p}: not a regular file or a folder; expected a JSON Lines file or a folder of .txt files")
    return _blocks(str(p), batch.shown(str(p)), p.stat().st_size, tasks)


def _part(url: str, name: str) -> Partition:
    return Partition("parquet" if url.endswith(".parquet") else "jsonl", url, name)


def _open(url: str) -> IO[bytes]:
    if "://" in url:
        import fsspec

        return fsspec.open(url, "rb").open()
    try:
        return open(url, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as err:
        raise InputError(f"{url}: cannot be read ({err.strerror or err})") from err


def _blocks(url: str, name: str, size: int, tasks: int) -> list[Partition]:
    """A JSON Lines file cut into about ``tasks`` blocks at lines' starts, with the number
    of lines before each (counted by streaming the file)."""
    starts = [0]
    with _open(url) as fh:
        for i in range(1, max(1, tasks)):
            at = size * i // tasks
            if at <= starts[-1]:
                continue
            fh.seek(at - 1)
            fh.readline()  # to the start of the next line
            if fh.tell() < size and fh.tell() > starts[-1]:
                starts.append(fh.tell())
        lines = [0]
        fh.seek(0)
        pos, count = 0, 0
        for nxt in starts[1:]:
            while pos < nxt:
                chunk = fh.read(min(1 << 20, nxt - pos))
                if not chunk:
                    break
                count += chunk.count(b"\n")
                pos += len(chunk)
            lines.append(count)
    ends: list[int | None] = [*starts[1:], None]
    return [Partition("jsonl", url, name, s, e, n) for s, e, n in zip(starts, ends, lines, strict=True)]


def read_partition(part: Partition) -> Iterator[batch.Article | tuple[str, str]]:
    """The articles of a partition (or (origin, reason) for an entry that cannot be read)."""
    if part.kind == "txt":
        inside = Path(part.url).resolve()
        for f in part.files:
            yield batch.txt_article(Path(f), inside)
    elif part.kind == "parquet":
        import pyarrow.parquet as pq

        with _open(part.url) as fh:
            table = pq.read_table(fh)
        for i, row in enumerate(table.to_pylist(), 1):
            yield batch.article_of(row, f"{part.name}:{i}")
    else:
        with _open(part.url) as fh:
            fh.seek(part.start)
            yield from batch.jsonl_articles(fh, part.name, part.url, part.line, part.end)


# ------------------------------------------------------------------ the workers' part files


_DUPLICATE = "duplicate of an earlier article"


def _readable(part: Partition) -> Iterator[batch.Article | tuple[str, str]]:
    """:func:`read_partition`, a partition that cannot be read (or stops being readable)
    reported as one failed entry named after it, as an unreadable line is."""
    try:
        yield from read_partition(part)
    except (OSError, ValueError, InputError) as err:  # pyarrow's errors are ValueError or OSError
        yield (part.name, f"this part cannot be read ({type(err).__name__}: {batch._strip_origin(str(err), part.url)})")


def _task(part: Partition, out: str, parts: str, index: int) -> dict[str, int]:
    """One partition: each article extracted into the output folder (or read back when its
    file is there), the partition's share of the combined outputs written as a part file
    (atomically: a task run again replaces it); returns the counts."""
    counts = dict.fromkeys(("done", "skipped", "failed", "features"), 0)
    entry: dict[str, Any]
    target = Path(parts) / f"{index:08d}.part"
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parts)
    seen: set[str] = set()
    with os.fdopen(fd, "wb") as fh:
        for item in _readable(part):
            record = None
            if not isinstance(item, batch.Article):
                entry = {"origin": item[0], "status": "failed", "reason": item[1]}
            elif item.key in seen:
                entry = {"key": item.key, "origin": item.origin, "id": item.id, "status": "skipped", "reason": _DUPLICATE}
            else:
                seen.add(item.key)
                entry, record = batch._work(item, out)
                if record is None and entry["status"] == "skipped":  # done before: read it back, checked
                    report = [entry]
                    record = batch._read_record(Path(out), item, report)
                    entry = report[-1]
            counts[entry["status"]] += 1
            counts["features"] += record.count if record else 0
            _write_frame(fh, entry, record)
    os.replace(tmp, target)
    return counts


def _write_frame(fh: IO[bytes], entry: dict, rec: batch.Record | None) -> None:
    head: dict[str, Any] = {"entry": entry}
    if rec is not None:
        head["record"] = {"key": rec.key, "source": rec.source, "count": rec.count, "extent": rec.extent,
                          "edited": rec.edited, "deleted": rec.deleted, "published": rec.published, "sizes": [len(rec.events), len(rec.html), len(rec.written)],
                          "outlines": [[k, len(g.encode("utf-8"))] for k, g in rec.outlines]}
    fh.write(json.dumps(head, ensure_ascii=False).encode("utf-8") + b"\n")
    if rec is not None:
        fh.write(rec.events + rec.html + rec.written + b"".join(g.encode("utf-8") for _, g in rec.outlines))


def _frames(path: Path) -> Iterator[tuple[dict, batch.Record | None]]:
    with path.open("rb") as fh:
        while (frame := _read_frame(fh)) is not None:
            yield frame


def _read_frame(fh: IO[bytes]) -> tuple[dict, batch.Record | None] | None:
    """The frame :func:`_write_frame` wrote at ``fh``'s position (None at the end)."""
    line = fh.readline()
    if not line:
        return None
    head = json.loads(line)
    r = head.get("record")
    if r is None:
        return head["entry"], None
    e, h, w = (fh.read(n) for n in r["sizes"])
    outlines = tuple((k, fh.read(n).decode("utf-8")) for k, n in r.get("outlines", ()))
    ext = r["extent"]
    extent = (ext[0], tuple(ext[1]) if ext[1] else None, tuple(ext[2]) if ext[2] else None)
    return head["entry"], batch.Record(r["key"], r["source"], r["count"], e, h, extent, w,
                                       tuple(tuple(x) for x in r["edited"]), tuple(r["deleted"]), r["published"], outlines)


# ------------------------------------------------------------------ the client


def run_dask(corpus: str | Path, out: str | Path, client: Client | None = None, partitions_: int | None = None,
             mode: str = "merge", parquet: bool = False) -> dict:
    """The batch on Dask, from storage to storage (see the module's doc): on ``client`` (a
    ``dask.distributed.Client``) when given, else on Dask's default scheduler (a
    ``dask.bag``); ``partitions_`` tasks for a single file (default: a few a worker)."""
    out = Path(out)
    workers = len(client.nthreads()) if client is not None else (os.cpu_count() or 1)
    parts = partitions(corpus, partitions_ or batch._TASKS_PER_WORKER * max(1, workers))
    with locked(out):
        batch.combined_in_the_way(out, mode)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX + "parts-", dir=out))
        try:
            counts = _run_tasks(parts, out, staging, client)
            if not counts["done"] + counts["skipped"] + counts["failed"]:
                raise InputError(f"{corpus}: no article in this corpus (every line is blank); expected one JSON object per line with a \"text\"")
            return _finish(out, staging, len(parts), corpus, mode, parquet)
        finally:
            import shutil

            shutil.rmtree(staging, ignore_errors=True)


def _run_tasks(parts: list[Partition], out: Path, staging: Path, client: Client | None) -> dict[str, int]:
    """Run a task a partition; the client keeps the counts only."""
    total = dict.fromkeys(("done", "skipped", "failed", "features"), 0)
    bar = batch._progress(None)

    def add(c: dict[str, int]) -> None:
        for k, v in c.items():
            total[k] += v
        if bar is not None:
            bar.update(c["done"] + c["skipped"] + c["failed"])

    if client is not None:
        from distributed import as_completed

        client.run(batch._warm)
        futures = [client.submit(_task, p, str(out), str(staging), i, pure=False) for i, p in enumerate(parts)]
        batch._load_renderer()
        for fut in as_completed(futures):
            add(fut.result())
            fut.release()
    else:
        import dask.bag as db

        bag = db.from_sequence(list(enumerate(parts)), npartitions=max(1, min(len(parts), 16)))
        for c in bag.map(lambda ip: _task(ip[1], str(out), str(staging), ip[0])).compute():
            add(c)
    if bar is not None:
        bar.close()
    return total


def _finish(out: Path, staging: Path, n: int, corpus: str | Path, mode: str, parquet: bool) -> dict:
    """The parts read in the corpus's order into the spill, then :func:`geo.batch.finish`;
    the report's entries, the keys seen and the order go to the spill's ledger as they are
    read (the client's memory does not grow with the articles)."""
    with batch._Combine(out) as combine:
        ledger = combine.ledger
        for i in range(n):
            for entry, rec in _frames(staging / f"{i:08d}.part"):
                key = entry.get("key")
                # ledger.see: whether the key is new, seen from now on
                if key is not None and not ledger.see(key) and entry.get("reason") != _DUPLICATE:  # in an earlier partition
                    entry, rec = {**entry, "status": "skipped", "reason": _DUPLICATE}, None
                ledger.report(entry)
                if rec is not None:
                    ledger.add_to_order(batch._Ref(rec.key, entry["origin"], entry.get("id")))
                    combine.add(rec)
        return batch.finish(out, ledger.order(), ledger, corpus, combine, mode, parquet)
