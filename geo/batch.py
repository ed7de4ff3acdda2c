"""Many articles, one map: batch extraction over a corpus, resumable and parallel.

    python build_map.py --corpus ARTICLES.jsonl --out DIR
    python build_map.py --corpus FOLDER_OF_TXT --out DIR

A corpus is a JSON Lines file (one object per line: ``text``, and optionally ``id``,
``published``, ``lang``, ``source``) or a folder of ``.txt`` files (each with an optional
``.json`` beside it giving ``published``, ``lang``, ``source``).

Output:

- ``DIR/articles/<key>/events.geojson``: one events file per article, where ``<key>`` is
  a hash of the article's content and options; an article whose file exists is not redone;
- ``DIR/events.geojson``: every article's features together, each tagged with its
  ``article`` key and ``source``;
- ``DIR/map.html``: one map of it all (see :func:`geo.render.batch.render_batch_html`);
- ``DIR/report.json``: for each article, done, skipped (already done) or failed and why.

An article that fails is reported and skipped; it never stops the batch or loses finished
work. Work is spread over the machine's cores; :func:`run_dask` runs the same function on
a Dask cluster.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import GeoError, InputError
from geo.io import dumps, limits, write_text_atomic
from geo.io.articles import check_fields, check_text, parse_description, read_article, read_sidecar
from geo.io.commit import commit, locked
from geo.io.validate import parse_geojson

if TYPE_CHECKING:
    from distributed import Client
    from tqdm import tqdm

EVENTS = "events.geojson"


@dataclass(frozen=True)
class Article:
    """One article of a corpus and where it came from."""

    text: str
    origin: str  # "file.jsonl:12" or "folder/a.txt"
    published: str | None = None
    lang: str | None = None
    source: str | None = None
    id: str | None = None

    @property
    def key(self) -> str:
        """A content hash: the same article with the same options is the same work."""
        h = hashlib.sha256()
        for part in (self.text, self.published or "", self.lang or "", self.source or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()[:16]


def read_corpus(path: str | Path) -> Iterator[Article | tuple[str, str]]:
    """Articles of a corpus; a line or file that cannot be read yields (origin, reason)."""
    p = Path(path)
    if not (p.exists() or p.is_symlink()):
        raise InputError(f"{p}: no such file or folder")
    if p.is_dir():
        try:
            files = sorted(p.glob("*.txt"))
        except OSError as err:
            raise InputError(f"{p}: cannot list this folder ({err.strerror or err})") from err
        if not files:
            raise InputError(f"{p}: no .txt articles in this folder; expected ARTICLE.txt files, each with an optional ARTICLE.json")
        for f in files:
            try:
                text = read_article(f)
                side = f.with_suffix(".json")
                meta = read_sidecar(side) if (side.exists() or side.is_symlink()) else check_fields({}, str(f))
            except GeoError as err:
                yield (str(f), _strip_origin(str(err), str(f)))
                continue
            yield Article(text, str(f), meta["published"], meta["lang"], meta["source"] or f.name, f.stem)
        return
    if not p.is_file():
        raise InputError(f"{p}: not a regular file or a folder; expected a JSON Lines file or a folder of .txt files")
    cap = limits.limit("GEO_MAX_TEXT_BYTES")
    try:
        fh = p.open("rb")
    except OSError as err:
        raise InputError(f"{p}: cannot be read ({err.strerror or err})") from err
    with fh:
        n = 0
        while True:
            try:
                raw = fh.readline(4 * cap + 2)
            except OSError as err:
                raise InputError(f"{p}: cannot be read ({err.strerror or err})") from err
            if not raw:
                break
            n += 1
            origin = f"{p}:{n}"
            if len(raw) > 4 * cap and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the over-long line
                    raw = fh.readline(1 << 20)
                yield (origin, f"the line is more than {4 * cap} bytes, over the limit ($GEO_MAX_TEXT_BYTES)")
                continue
            if not raw.strip():
                continue
            try:
                obj = parse_description(raw, origin)
                if not isinstance(obj.get("text"), str):
                    raise InputError(f'{origin}: expected an object with a "text" string, found {_short(obj.get("text"))}')
                meta = check_fields(obj, origin)
                text = check_text(obj["text"], origin)
            except GeoError as err:
                yield (origin, _strip_origin(str(err), origin))
                continue
            yield Article(text, origin, meta["published"], meta["lang"], meta["source"] or meta["id"] or origin, meta["id"])


def _strip_origin(msg: str, origin: str) -> str:
    """The reason alone: the report already says where."""
    return msg[len(origin) + 2:] if msg.startswith(origin + ": ") else msg


def _short(v: object) -> str:
    r = repr(v)
    return r if len(r) <= 40 else r[:37] + "..."


def process(article: Article, out: str) -> dict:
    """Extract one article into ``out/articles/<key>/``; never raises."""
    target = Path(out) / "articles" / article.key / EVENTS
    base = {"key": article.key, "origin": article.origin, "id": article.id}
    if target.exists():
        return {**base, "status": "skipped", "reason": "already done"}
    try:
        from geo.extract.pipeline import extract

        if not article.text.strip():
            raise InputError("the text is empty")
        fc = extract(article.text, article.published, article.lang, source=article.source or article.origin)
        text = dumps(fc)
        parse_geojson(text.encode("utf-8"), f"{article.origin}: the result", "events")  # never store a result finish() would refuse
        write_text_atomic(target, text)
    except GeoError as err:
        return {**base, "status": "failed", "reason": str(err)}
    except Exception as err:  # noqa: BLE001 - one bad article must not stop the batch; the reason is kept
        return {**base, "status": "failed", "reason": f"{type(err).__name__}: {err}"}
    return {**base, "status": "done"}


def _progress(total: int | None) -> tqdm[Any] | None:
    try:
        from tqdm import tqdm

        return tqdm(total=total, unit="article", file=sys.stderr, disable=not sys.stderr.isatty() and os.environ.get("GEO_PROGRESS") != "1")
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None


def run(corpus: str | Path, out: str | Path, workers: int | None = None) -> dict:
    """Process a corpus into ``out`` with a pool of processes; returns the report.

    Raises :class:`InputError` (and writes nothing) when no article of the corpus can be
    read or none could be mapped."""
    out = Path(out)
    if workers is not None and workers < 1:
        raise InputError(f"workers={workers}: expected a number of processes >= 1")
    unique, report = plan(corpus)
    _refuse_empty(corpus, unique, report)
    with locked(out):
        bar = _progress(len(unique))
        workers = workers or os.cpu_count() or 1
        if workers == 1 or len(unique) <= 1:
            for a in unique:
                report.append(process(a, str(out)))
                if bar is not None:
                    bar.update()
        else:
            with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
                futures = [pool.submit(process, a, str(out)) for a in unique]
                for fut in as_completed(futures):
                    report.append(fut.result())
                    if bar is not None:
                        bar.update()
        if bar is not None:
            bar.close()
        return finish(out, unique, report, corpus)


def _refuse_empty(corpus: str | Path, unique: list[Article], report: list[dict]) -> None:
    """A corpus with no readable article stops here: nothing is written."""
    if unique:
        return
    failed = [r for r in report if r["status"] == "failed"]
    if not failed:
        raise InputError(f"{corpus}: no article in this corpus (every line is blank); expected one JSON object per line with a \"text\"")
    first = failed[0]
    raise InputError(
        f"{corpus}: none of its {len(failed)} entr{'y' if len(failed) == 1 else 'ies'} is a readable article "
        f"(first: {first['origin']}: {first['reason']}); nothing written"
    )


def plan(corpus: str | Path) -> tuple[list[Article], list[dict]]:
    """The articles to process, each once, and the report so far: unreadable entries
    failed, repeated articles skipped (never dropped silently)."""
    unique: list[Article] = []
    report: list[dict] = []
    seen: set[str] = set()
    for item in read_corpus(corpus):
        if not isinstance(item, Article):
            report.append({"origin": item[0], "status": "failed", "reason": item[1]})
        elif item.key in seen:
            report.append({"key": item.key, "origin": item.origin, "id": item.id, "status": "skipped", "reason": "duplicate of an earlier article"})
        else:
            seen.add(item.key)
            unique.append(item)
    return unique, report


def _warm() -> None:
    """Load the gazetteer and the index once per worker process."""
    from geo.gazetteer import load_gazetteer
    from geo.gazetteer.index import load_index

    load_gazetteer()
    load_index()


def finish(out: Path, articles: Iterable[Article], report: list[dict], corpus: str | Path | None = None) -> dict:
    """Combine the per-article files, render the combined map, write the report (the
    three together, see :func:`geo.io.commit.commit`). Hold the folder's lock.

    When no article was mapped (every one failed), raises :class:`InputError` and leaves
    the existing files as they were."""
    from geo.render.batch import render_batch_html

    features: list[dict] = []
    sources: dict[str, str] = {}
    for a in articles:
        path = out / "articles" / a.key / EVENTS
        if not path.exists():
            continue
        try:
            fc = parse_geojson(path.read_bytes(), str(path), "events")
        except (GeoError, OSError) as err:
            entry = {"key": a.key, "origin": a.origin, "id": a.id, "status": "failed", "reason": f"unreadable result: {err}"}
            # the article was counted once already (done or skipped): replace that entry
            same = [i for i, r in enumerate(report) if r.get("key") == a.key and r.get("origin") == a.origin]
            if same:
                report[same[0]] = entry
            else:
                report.append(entry)
            continue
        src = (fc.get("geo") or {}).get("source") or a.origin
        sources[a.key] = src
        for f in fc["features"]:
            g = dict(f)
            props = dict(f["properties"])
            props["article"] = a.key
            props["outlet"] = src  # the article's outlet; "source" stays the geometry's provenance
            props["id"] = f"{a.key}/{props['id']}"
            for end in ("from", "to", "place"):
                if isinstance(props.get(end), str):
                    props[end] = f"{a.key}/{props[end]}"
            g["properties"] = props
            g["id"] = props["id"]
            features.append(g)
    combined = {"type": "FeatureCollection", "geo": {"articles": sources}, "features": features}
    order = {"done": 0, "skipped": 1, "failed": 2}
    report = sorted(report, key=lambda r: (order.get(r["status"], 3), r.get("origin", "")))
    summary = {
        "articles": len(report),
        "done": sum(r["status"] == "done" for r in report),
        "skipped": sum(r["status"] == "skipped" for r in report),
        "failed": sum(r["status"] == "failed" for r in report),
        "features": len(features),
    }
    if not summary["done"] and not summary["skipped"]:
        failed = [r for r in report if r["status"] == "failed"]
        first = failed[0] if failed else {"origin": "?", "reason": "?"}
        raise InputError(
            f"{corpus or out}: none of its {len(failed)} article(s) could be mapped "
            f"(first: {first['origin']}: {first['reason']}); nothing written"
        )
    commit(out, {
        EVENTS: dumps(combined),
        "map.html": render_batch_html(combined),
        "report.json": json.dumps({"summary": summary, "articles": report}, ensure_ascii=False, indent=1) + "\n",
    })
    return {"summary": summary, "articles": report}


def run_dask(corpus: str | Path, out: str | Path, client: Client | None = None, partitions: int | None = None) -> dict:
    """The same batch on Dask: ``dask.bag`` over the corpus, on ``client`` (a
    ``dask.distributed.Client``) when given, else Dask's default scheduler."""
    import dask.bag as db

    out = Path(out)
    articles, report = plan(corpus)
    _refuse_empty(corpus, articles, report)
    with locked(out):
        bag = db.from_sequence(articles, npartitions=partitions or max(1, min(len(articles), 16)))
        results = bag.map(process, str(out))
        report += client.compute(results).result() if client is not None else results.compute()
        return finish(out, articles, report, corpus)
