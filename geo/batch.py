"""Many articles, one map: batch extraction over a corpus, resumable and parallel.

    python build_map.py --corpus ARTICLES.jsonl --out DIR
    python build_map.py --corpus FOLDER_OF_TXT --out DIR

A corpus is a JSON Lines file (one object per line: ``text``, and optionally ``id``,
``published``, ``lang``, ``source``) or a folder of ``.txt`` files (each with an optional
``.json`` beside it giving ``published``, ``lang``, ``source``).

Output:

- ``DIR/articles/<key>/events.geojson``: one events file per article (one compact feature
  a line), where ``<key>`` is a hash of the article's content and options; an article whose
  file exists is not redone;
- ``DIR/events.geojson``: every article's features together, each tagged with its
  ``article`` key and ``outlet`` (ids prefixed by the key), one compact feature a line;
- ``DIR/map.html``: one map of it all (see :func:`geo.render.batch.render_batch_html`);
- ``DIR/report.json``: for each article, done, skipped (already done) or failed and why.

An article that fails is reported and skipped; it never stops the batch or loses finished
work. Work is spread over the machine's cores; :func:`run_dask` runs the same function on
a Dask cluster.

Speed (issues 14 and 24): a worker's extraction is valid by construction (the types of
:mod:`geo.schema`; tests validate real outputs) and is not checked again; each feature's
geometry is encoded once (:func:`_encode`) and those bytes make the article's file (one
compact feature a line, as the combined file), the combined file's line, the page's data
and the fingerprints of what geo wrote. The worker hands back the features already tagged
and encoded, as bytes (:class:`Record`); the final step neither reads back nor re-checks
what this run wrote (an article done by an earlier run is read from its file and checked:
the validator reads what comes from outside), and writes the combined files from those
bytes piece by piece, never joining them into one text. The page's renderer and its
context data are loaded while the workers extract.
"""

from __future__ import annotations

import copy
import gc
import hashlib
import json
import math
import os
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from geo.batch_ledger import Ledger
from geo.errors import GeoError, InputError
from geo.io import limits, load_events, read_as_places, write_text_atomic
from geo.io.articles import check_fields, check_text, parse_description, read_article, read_sidecar
from geo.io.commit import STAGING_PREFIX, Content, commit, locked
from geo.io.edits import _RECORD_KEYS, EDITED, NO_RECORD, _canonical, edited_ids, fingerprint, has_record, is_edited, reconcile
from geo.io.spill import Span, Spill
from geo.io.validate import feature_id, parse_geojson, without_surrogates
from geo.outlines import OUTLINE, is_shared, key_of, resolve, share

if TYPE_CHECKING:
    from distributed import Client
    from tqdm import tqdm

EVENTS = "events.geojson"
REPORT = "report.json"
#: ``geo.article_edits``' mark of a feature deleted from its article's own file
DELETED = "deleted"
#: what a run may do to a combined events file you edited (see :func:`combined_in_the_way`)
MODES = ("merge", "merge-as-edited", "overwrite")


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
        inside = p.resolve()
        for f in files:
            yield txt_article(f, inside)
        return
    if not p.is_file():
        raise InputError(f"{p}: not a regular file or a folder; expected a JSON Lines file or a folder of .txt files")
    try:
        fh = p.open("rb")
    except OSError as err:
        raise InputError(f"{p}: cannot be read ({err.strerror or err})") from err
    with fh:
        yield from jsonl_articles(fh, shown(str(p)), str(p))


def txt_article(f: Path, inside: Path) -> Article | tuple[str, str]:
    """The article of a corpus folder's ``.txt`` file (with its ``.json`` beside it), or
    (origin, reason)."""
    origin = shown(str(f))
    try:
        _inside(f, inside)
        text = read_article(f)
        side = f.with_suffix(".json")
        if side.is_symlink():
            _inside(side, inside)
        meta = read_sidecar(side) if (side.exists() or side.is_symlink()) else check_fields({}, str(f))
    except GeoError as err:
        return (origin, shown(_strip_origin(str(err), str(f))))
    return Article(text, origin, meta["published"], meta["lang"], meta["source"] or shown(f.name), shown(f.stem))


def jsonl_articles(fh: IO[bytes], name: str, path: str, line: int = 0, end: int | None = None) -> Iterator[Article | tuple[str, str]]:
    """The articles of a JSON Lines file open at a line's start (``line`` lines before it),
    up to the line that starts at or after byte ``end``; origins ``name:N``."""
    cap = limits.limit("GEO_MAX_TEXT_BYTES")
    n = line
    while end is None or fh.tell() < end:
        try:
            raw = fh.readline(4 * cap + 2)
        except OSError as err:
            raise InputError(f"{path}: cannot be read ({err.strerror or err})") from err
        if not raw:
            break
        n += 1
        origin = f"{name}:{n}"
        if len(raw) > 4 * cap and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the over-long line
                raw = fh.readline(1 << 20)
            yield (origin, f"the line is more than {4 * cap} bytes, over the limit ($GEO_MAX_TEXT_BYTES)")
            continue
        if not raw.strip():
            continue
        try:
            obj = parse_description(raw, origin)
        except GeoError as err:
            yield (origin, _strip_origin(str(err), origin))
            continue
        yield article_of(obj, origin)


def article_of(obj: dict, origin: str) -> Article | tuple[str, str]:
    """The article a corpus entry (a JSON Lines object, a Parquet row) describes, or
    (origin, reason)."""
    try:
        if not isinstance(obj.get("text"), str):
            raise InputError(f'{origin}: expected an object with a "text" string, found {_short(obj.get("text"))}')
        meta = check_fields(obj, origin)
        text = check_text(obj["text"], origin)
    except GeoError as err:
        return (origin, _strip_origin(str(err), origin))
    return Article(text, origin, meta["published"], meta["lang"], meta["source"] or meta["id"] or origin, meta["id"])


def _inside(f: Path, folder: Path) -> None:
    """A corpus folder's entry that is a symbolic link to a file outside the folder is not
    followed (the corpus is what the folder holds)."""
    if f.is_symlink() and not f.resolve().is_relative_to(folder):
        raise InputError(f"{f}: a symbolic link to {f.resolve()}, outside the corpus folder; not followed (copy the file in instead)")


def shown(s: str) -> str:
    """A file name (or a message naming one) as text every output can hold: a byte of the
    name that is not UTF-8 (which Python holds as half a character) becomes U+FFFD."""
    return without_surrogates(s)


def _strip_origin(msg: str, origin: str) -> str:
    """The reason alone: the report already says where."""
    return msg[len(origin) + 2:] if msg.startswith(origin + ": ") else msg


def _short(v: object) -> str:
    r = repr(v)
    return r if len(r) <= 40 else r[:37] + "..."


def process(article: Article, out: str) -> dict:
    """Extract one article into ``out/articles/<key>/``; never raises. Returns its report entry."""
    return _work(article, out)[0]


@dataclass(frozen=True)
class Record:
    """What a worker hands back for the combined outputs: the article's features, already
    tagged with the article (ids prefixed by its key, ``article``, ``outlet``) and encoded,
    so that the final step only joins text (see :func:`finish`)."""

    key: str
    source: str  # the article's outlet
    count: int  # features
    events: bytes  # the tagged features, compact JSON, one a line, joined by ",\n", in UTF-8
    html: bytes  # the same features as JSON for the page (:func:`json_for_html`), joined by ",", in ASCII
    extent: tuple[bool, tuple[float, float, float, float] | None, tuple[float, float, float, float] | None]
    #: the tagged features' fingerprints (geo.io.edits.fingerprint) as JSON members ``"id":"fp"``
    #: joined by ",", in UTF-8: the combined file's record of what geo wrote
    written: bytes = b""
    #: the features you edited in the article's own events file: (tagged id, fingerprint)
    edited: tuple[tuple[str, str], ...] = ()
    #: the (tagged) ids of the features you deleted from the article's own events file
    deleted: tuple[str, ...] = ()
    #: the article's publication date (``geo.published``)
    published: str | None = None
    #: the areas and lines its features refer to (``properties.outline``): (key, geometry as
    #: compact JSON), written once in the combined outputs (geo/outlines.py)
    outlines: tuple[tuple[str, str], ...] = ()


def _work(article: Article, out: str) -> tuple[dict, Record | None]:
    """Extract one article into ``out/articles/<key>/`` and encode its share of the combined
    outputs; never raises.

    The extraction is built valid (:mod:`geo.schema`'s types, checked by mypy; a sample of
    real outputs is validated in ``tests/batch/test_batch_encode.py``), so it is not checked
    again here: the validator reads what comes from outside (files read back, edited by
    people). Each feature's geometry is encoded once (:func:`_encode`) for the article's
    file, the combined file, the page and the fingerprints."""
    target = Path(out) / "articles" / article.key / EVENTS
    base = {"key": article.key, "origin": article.origin, "id": article.id}
    if target.exists():
        return {**base, "status": "skipped", "reason": "already done"}, None
    try:
        from geo.extract.pipeline import extract

        if not article.text.strip():
            raise InputError("the text is empty")
        fc = extract(article.text, article.published, article.lang, source=article.source or article.origin)
        geoms = [_encode(f.get("geometry")) for f in fc["features"]]
        fc = _stamped(fc, geoms)
        write_text_atomic(target, collection_text(fc, [_feature_text(f, g[0]) for f, g in zip(fc["features"], geoms)]))
        record = _record(article.key, article.origin, fc, geoms=geoms)
    except GeoError as err:
        return {**base, "status": "failed", "reason": str(err)}, None
    except Exception as err:  # noqa: BLE001 - one bad article must not stop the batch; the reason is kept
        return {**base, "status": "failed", "reason": f"{type(err).__name__}: {err}"}, None
    finally:
        _settle()
    return {**base, "status": "done"}, record


#: the articles a process has extracted (:func:`_settle`)
_EXTRACTED = [0]
#: the last article after which :func:`_settle` freezes (the 1st, 2nd, 4th, ... up to this)
_FREEZE_UNTIL = 64


def _settle() -> None:
    """After a process's 1st, 2nd, 4th, ... 64th article, move the objects alive (the
    gazetteer, the index's and the tables' caches, the lexicons of the languages met so
    far: loaded once, kept for the process's life) out of the cyclic garbage collector's
    sight (:func:`gc.freeze`): each full collection walked them all again, ~0.2 CPU-s of a
    200-article run (issue 24). Freed by reference counting as before; what an article
    leaves in a reference cycle at those few points is kept, a few articles' worth at most."""
    _EXTRACTED[0] += 1
    n = _EXTRACTED[0]
    if n <= _FREEZE_UNTIL and n & (n - 1) == 0:
        gc.freeze()


def _compact(v: Any) -> str:
    """``json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False)``."""
    if type(v) is str:
        return _esc(v)
    return "".join(_COMPACT(v, 0)) if _COMPACT is not None else json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _c_encoder(sort_keys: bool, allow_nan: bool, separators: tuple[str, str] = (",", ":")) -> Callable[[Any, int], Any] | None:
    """The C encoder ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` makes
    for each value (with these ``sort_keys`` and ``allow_nan``), made once: a call of
    ``json.dumps`` with options builds a ``JSONEncoder`` and this encoder again, about half
    its time on a feature's property (tests/batch/test_batch_encode.py holds the texts equal).
    Without the circular-reference check: geo's features are trees. None without the C
    accelerator."""
    make = json.encoder.c_make_encoder  # type: ignore[attr-defined]
    if make is None:
        return None
    encoder: Callable[[Any, int], Any] = make(None, json.JSONEncoder().default, json.encoder.encode_basestring, None,
                                               separators[1], separators[0], sort_keys, False, allow_nan)
    return encoder


_COMPACT = _c_encoder(sort_keys=False, allow_nan=False)
_SORTED = _c_encoder(sort_keys=True, allow_nan=True)


def _sorted_json(v: Any) -> str:
    """``json.dumps(v, sort_keys=True, ensure_ascii=False, separators=(",", ":"))``."""
    if _SORTED is None:
        return json.dumps(v, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "".join(_SORTED(v, 0))


#: a float that is a whole number, as ``repr`` writes it in a JSON array ("12.0", "-0.0")
_WHOLE = re.compile(r"(?<![\w.+-])(-?\d+)\.0(?=[,\]])")


class _Encoded(NamedTuple):
    """A geometry encoded once (:func:`_encode`): its compact JSON, and the digest of the
    start of what :func:`geo.io.edits.fingerprint` hashes, up to the properties (the
    geometry's canonical JSON: keys sorted, whole floats as ints), for :func:`_fingerprint`
    to go on from."""

    text: str
    prefix: Any  # a hashlib sha256 object, never updated (copied)


def _encode(geometry: Any) -> _Encoded:
    """A geometry's compact JSON and its fingerprint's start, from one encoding of its
    coordinates. An area's (a country's outline, named in article after article) is
    encoded once a worker (:data:`_AREAS`)."""
    if type(geometry) is dict and list(geometry) == ["type", "coordinates"] and type(geometry["type"]) is str:
        coords = geometry["coordinates"]
        if geometry["type"] in _AREA_TYPES and type(coords) is list:
            known = _AREAS.get(id(coords))
            if known is not None and known[0] is coords and known[1] == geometry["type"]:
                hit: _Encoded = known[2]
                return hit
            from geo.features import area_json

            # (its coordinates' JSON kept with the converted area when geo.features made it)
            encoded = _encode_once(geometry, area_json(coords))
            if len(_AREAS) >= _AREAS_MAX:
                _AREAS.clear()
            _AREAS[id(coords)] = [coords, geometry["type"], encoded, _UNKNOWN]
            return encoded
    return _encode_once(geometry)


def _encode_once(geometry: Any, coordinates: str | None = None) -> _Encoded:
    """``coordinates``: the compact JSON of the geometry's coordinates when it is known
    already (:func:`geo.features.area_json`), else None (encoded here)."""
    canon: str | None = None
    if type(geometry) is dict and list(geometry) == ["type", "coordinates"] and type(geometry["type"]) is str:
        coords = _compact(geometry["coordinates"]) if coordinates is None else coordinates
        kind = _compact(geometry["type"])
        if "e+" not in coords:  # a whole float written with an exponent (>= 1e16) takes the general path
            text = '{"type":' + kind + ',"coordinates":' + coords + "}"
            if ".0," in coords or ".0]" in coords:  # what every match of _WHOLE ends with: else none
                coords = _WHOLE.sub(lambda m: str(int(m[1])), coords)
            canon = '{"coordinates":' + coords + ',"type":' + kind + "}"
    if canon is None:
        text = _compact(geometry)
        canon = json.dumps(_canonical(geometry), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return _Encoded(text, hashlib.sha256(('{"geometry":' + canon + ',"properties":').encode("utf-8")))


#: the geometries encoded once a worker: the areas geo.features converts once and shares (a
#: country's outline: one list of coordinates, never changed in place, in every article
#: naming it), known by the identity of their coordinates' list; the entry holds the list,
#: so its id cannot pass to another while the entry is there. id -> [the list, the type,
#: the encoding, the bounds (found when first asked for)]. Bounded: cleared when full
#: (geo.features keeps 2,048).
_AREAS: dict[int, list[Any]] = {}
_UNKNOWN = object()
_AREAS_MAX = 1024
_AREA_TYPES = ("Polygon", "MultiPolygon")


def _fingerprint(props: dict, prefix: Any) -> str:
    """:func:`geo.io.edits.fingerprint` of a feature with these properties and a geometry
    whose fingerprint starts with ``prefix`` (:attr:`_Encoded.prefix`;
    tests/batch/test_batch_encode.py holds them equal)."""
    kept = {k: v for k, v in props.items() if k != EDITED and v is not None}
    h = prefix.copy()
    h.update((_canonical_json(kept) + "}").encode("utf-8"))
    return str(h.hexdigest()[:20])


#: the types :func:`geo.io.edits._canonical` gives back as they are (exactly these types)
_AS_THEY_ARE = frozenset((str, int, bool, type(None)))


def _whole_as_int(v: Any) -> Any:
    """What :func:`geo.io.edits._canonical` makes of ``v`` as JSON writes it (a whole float as
    an int), ``v`` itself when nothing in it changes, else a copy of the dicts and lists on
    the way to what does (a feature's properties: most values are strings and ints, and a
    few floats, such as ``precision_km``, are whole); a type other than exactly dict, list,
    tuple, float or those of :data:`_AS_THEY_ARE` is handed to ``_canonical``."""
    t = type(v)
    if t is float:
        return int(v) if v.is_integer() else v
    if t is dict or t is list or t is tuple:
        out: Any = None
        for k, x in (v.items() if t is dict else enumerate(v)):
            if type(x) in _AS_THEY_ARE:
                continue
            y = _whole_as_int(x)
            if y is not x:
                if out is None:
                    out = dict(v) if t is dict else list(v)
                out[k] = y
        return v if out is None else out
    return v if t in _AS_THEY_ARE else _canonical(v)


def _canonical_json(value: Any) -> str:
    """``json.dumps(_canonical(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))``
    with one encoding and without copying what has no whole float (:func:`_whole_as_int`);
    ``value`` as JSON reads it (dicts, lists, tuples, strings, numbers, booleans, None)."""
    return _sorted_json(_whole_as_int(value))


def _stamped(fc: dict, geoms: list[_Encoded]) -> dict:
    """:func:`geo.io.edits.stamp` of ``fc``, its fingerprints from the encoded geometries."""
    meta = dict(fc.get("geo") or {})
    meta["written"] = {str(feature_id(f)): _fingerprint(f.get("properties") or {}, g[1]) for f, g in zip(fc["features"], geoms)}
    meta["written_geo"] = _stamp_meta(meta)
    return {**fc, "geo": meta}


def _stamp_meta(meta: dict) -> dict[str, str]:
    """:func:`geo.io.edits.stamp_meta`: each key's fingerprint from one encoding of its
    value (:func:`_whole_as_int` instead of copying it with ``_canonical``; the C encoder
    made once, ``json.dumps``' default separators; tests/batch/test_batch_encode.py holds
    the two equal)."""
    return {k: hashlib.sha256(_meta_json(v).encode("utf-8")).hexdigest()[:20] for k, v in meta.items() if k not in _RECORD_KEYS}


_META = _c_encoder(sort_keys=True, allow_nan=True, separators=(", ", ": "))


def _meta_json(v: Any) -> str:
    """``json.dumps(_canonical(v), sort_keys=True, ensure_ascii=False)``."""
    if _META is None:
        return json.dumps(_canonical(v), sort_keys=True, ensure_ascii=False)
    return "".join(_META(_whole_as_int(v), 0))


def _feature_text(f: dict, geometry: str) -> str:
    """A feature's compact JSON, its geometry given already encoded."""
    return "{" + ",".join(_esc(k) + ":" + (geometry if k == "geometry" else _compact(v)) for k, v in f.items()) + "}"


def collection_text(fc: dict, features: list[str]) -> str:
    """A collection as geo writes a corpus's files: its members compact, then its features
    (given encoded), one a line."""
    head = "".join(_esc(k) + ":" + _compact(v) + "," for k, v in fc.items() if k != "features")
    body = ("\n" + ",\n".join(features) + "\n") if features else ""
    return "{" + head + '"features":[' + body + "]}\n"


_esc = json.encoder.encode_basestring  # the C encoder, ensure_ascii=False
_NOT_ASCII = re.compile(r"[^\x00-\x7e]")  # json escapes DEL too


def _ascii_char(m: re.Match[str]) -> str:
    c = ord(m[0])
    if c < 0x10000:
        return f"\\u{c:04x}"
    c -= 0x10000
    return f"\\u{0xD800 | (c >> 10):04x}\\u{0xDC00 | (c & 0x3FF):04x}"


def for_html(text: str) -> str:
    """Compact JSON text (``ensure_ascii=False``) as :func:`json_for_html` writes the same
    value: non-ASCII characters escaped as ``json`` escapes them, then ``<``, ``>``, ``&``."""
    if not text.isascii() or "\x7f" in text:
        text = _NOT_ASCII.sub(_ascii_char, text)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _progress(total: int | None) -> tqdm[Any] | None:
    try:
        from tqdm import tqdm

        return tqdm(total=total, unit="article", file=sys.stderr, disable=not sys.stderr.isatty() and os.environ.get("GEO_PROGRESS") != "1")
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None


def run(corpus: str | Path, out: str | Path, workers: int | None = None, mode: str = "merge", parquet: bool = False) -> dict:
    """Process a corpus into ``out`` with a pool of processes; returns the report.

    ``parquet``: write ``events.parquet`` too (a partitioned GeoParquet dataset, see
    :mod:`geo.io.geoparquet`). The corpus is read as the workers go (a window of articles at a time, the longest of
    each window first) and each result is spilled to disk as it arrives (:class:`_Combine`):
    the parent holds a small summary an article, never the articles' texts or features.

    Raises :class:`InputError` (and writes nothing) when no article of the corpus can be
    read or none could be mapped, or when an edited ``events.geojson`` in ``out`` cannot
    be merged without ``mode`` saying what to do (see :func:`combined_in_the_way`)."""
    out = Path(out)
    if workers is not None and workers < 1:
        raise InputError(f"workers={workers}: expected a number of processes >= 1")
    stream = _Stream(corpus)
    if not stream.peek(1):
        _refuse_empty(corpus, [], stream.report)
    with locked(out), _Combine(out) as combine:
        combined_in_the_way(out, mode)  # before the slow part: an edited file that needs an option stops here
        stream.attach(combine.ledger)  # from here on the per-article records go to disk
        bar = _progress(None)
        workers = workers or os.cpu_count() or 1

        def take(result: tuple[dict, Record | None]) -> None:
            entry, record = result
            stream.add_entry(entry)
            if record is not None:
                combine.add(record)
            if bar is not None:
                bar.update()

        if workers == 1 or stream.peek(2) <= 1:
            with _fewer_collections():
                for a in stream:
                    take(_work(a, str(out)))
        else:
            # processes started once, each loading the gazetteer and the index once; one
            # article a task, the longest of each window first; the records come back
            # through files (_Results), the pool's messages stay small
            _preload()
            with _Results(out) as results, ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
                _pooled(pool, stream, str(out), lambda r: take(results.fetch(r)), _WINDOW * workers, str(results.dir))
        if bar is not None:
            bar.close()
        return finish(out, stream.order, combine.ledger, corpus, combine, mode, parquet)


#: articles in flight a worker (read ahead of the workers; the longest of each window go first)
_WINDOW = 32


class _Sent(NamedTuple):
    """Where a pool worker wrote an article's record (:func:`_work_sent`): its results file
    and the frame's offset and length."""

    path: str
    offset: int
    size: int


#: a pool worker's results file, by results folder (opened on its first record, appended to)
_RESULT_FILES: dict[str, IO[bytes]] = {}


def _work_sent(article: Article, out: str, results: str) -> tuple[dict, _Sent | None]:
    """:func:`_work` in a pool's worker: the record (up to megabytes, an article's outlines)
    is written to the worker's own file in ``results`` and only where it is goes back.

    A worker killed while it sends a result leaves the pool's result pipe with part of a
    message, and the executor then waits for the rest for ever (CPython 3.11: the parent's
    reader blocks in ``recv``, the other workers on the queue's lock); a message this small
    is written to the pipe in one piece, so the pool breaks instead (``BrokenProcessPool``)
    and the run can be resumed. The frame is flushed before the message goes."""
    from geo.batch_dask import _write_frame

    entry, rec = _work(article, out)
    if rec is None:
        return entry, None
    fh = _RESULT_FILES.get(results)
    if fh is None:
        fh = _RESULT_FILES[results] = open(Path(results) / f"{os.getpid()}.frames", "ab")  # noqa: SIM115 - the worker's, for its life
    start = fh.tell()
    _write_frame(fh, {}, rec)
    fh.flush()
    return entry, _Sent(fh.name, start, fh.tell() - start)


class _Results:
    """The folder the pool's workers write their records to (a staging folder in the output
    folder, removed at the end or by the next run, see :func:`geo.io.commit.recover`), and
    the records read back as their messages arrive (:meth:`fetch`)."""

    def __init__(self, out: Path) -> None:
        import tempfile

        self.dir = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX + "results-", dir=out))
        self._open: dict[str, IO[bytes]] = {}

    def fetch(self, result: tuple[dict, _Sent | None]) -> tuple[dict, Record | None]:
        from geo.batch_dask import _read_frame

        entry, sent = result
        if sent is None:
            return entry, None
        fh = self._open.get(sent.path)
        if fh is None:
            fh = self._open[sent.path] = open(sent.path, "rb")  # noqa: SIM115 - closed by __exit__
        fh.seek(sent.offset)
        frame = _read_frame(fh)
        assert frame is not None and fh.tell() == sent.offset + sent.size  # the worker flushed it whole
        return entry, frame[1]

    def __enter__(self) -> _Results:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        import shutil

        for fh in self._open.values():
            fh.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def _pooled(pool: ProcessPoolExecutor, articles: Iterable[Article], out: str,
            take: Callable[[tuple[dict, _Sent | None]], None], window: int, results: str) -> None:
    """Run :func:`_work_sent` on ``articles`` in ``pool``, at most ``window`` at a time."""
    it = iter(articles)
    pending: set[Future[tuple[dict, _Sent | None]]] = set()
    started = False
    while True:
        if len(pending) <= window // 2:
            for a in _longest_first(list(islice(it, window - len(pending)))):
                pending.add(pool.submit(_work_sent, a, out, results))
            if not started:
                _load_renderer()  # while the workers work: the page's imports (folium) are half the combine
                started = True
        if not pending:
            return
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for fut in done:
            take(fut.result())


class _Ref(NamedTuple):
    """What the combine keeps of an article read from the corpus."""

    key: str
    origin: str
    id: str | None


class _Stream:
    """The corpus's articles, each once, read as they are asked for; the report gathers the
    unreadable entries (failed) and the repeated articles (skipped), ``order`` every
    article read, in the corpus's order. They are kept in memory (``report``) until the
    stream is attached to a run's :class:`~geo.batch_ledger.Ledger` (:meth:`attach`),
    on disk from then on, with the keys already seen."""

    def __init__(self, corpus: str | Path) -> None:
        self.report: list[dict] = []
        self._order: list[_Ref] = []
        self._seen: set[str] = set()
        self._ledger: Ledger | None = None
        self._items = read_corpus(corpus)
        self._ahead: deque[Article] = deque()

    def attach(self, ledger: Ledger) -> None:
        """Move what was read so far to ``ledger``, and keep there what comes next."""
        for entry in self.report:
            ledger.report(entry)
        for ref in self._order:
            ledger.see(ref.key)
            ledger.add_to_order(ref)
        self.report, self._order, self._seen, self._ledger = [], [], set(), ledger

    def add_entry(self, entry: dict) -> None:
        """A report entry, after the others."""
        if self._ledger is None:
            self.report.append(entry)
        else:
            self._ledger.report(entry)

    @property
    def order(self) -> Iterable[_Ref]:
        """Every article read, in the corpus's order."""
        return self._order if self._ledger is None else self._ledger.order()

    def _first_time(self, ref: _Ref) -> bool:
        """Whether the article is new (added to the order if so)."""
        if self._ledger is not None:
            if not self._ledger.see(ref.key):
                return False
            self._ledger.add_to_order(ref)
            return True
        if ref.key in self._seen:
            return False
        self._seen.add(ref.key)
        self._order.append(ref)
        return True

    def _next(self) -> Article | None:
        for item in self._items:
            if not isinstance(item, Article):
                self.add_entry({"origin": item[0], "status": "failed", "reason": item[1]})
            elif not self._first_time(_Ref(item.key, item.origin, item.id)):
                self.add_entry({"key": item.key, "origin": item.origin, "id": item.id, "status": "skipped", "reason": "duplicate of an earlier article"})
            else:
                return item
        return None

    def peek(self, n: int) -> int:
        """Read ahead until ``n`` articles are waiting (or the corpus ends); how many wait."""
        while len(self._ahead) < n and (a := self._next()) is not None:
            self._ahead.append(a)
        return len(self._ahead)

    def __iter__(self) -> Iterator[Article]:
        while self._ahead:
            yield self._ahead.popleft()
        while (a := self._next()) is not None:
            yield a


#: tasks per Dask worker: enough for the longest articles not to leave a worker idle at the
#: end, few enough that the scheduler's cost per task stays small (bench/run.py --batch-only,
#: 200 real articles, 2 workers: one task an article → Dask 1.43× the process pool; 8 a
#: worker → 1.14× and 1.09×)
_TASKS_PER_WORKER = 8


def _load_renderer() -> None:
    """Import the combined page's renderer (folium and its plugins, about 0.5 s) and load
    its context data (country outlines, rivers) — called while workers extract, so the
    final combine does not wait for them."""
    import geo.render.batch  # noqa: F401
    from geo.render.context import context_data

    context_data()


def _longest_first(articles: list[Article]) -> list[Article]:
    """The order to hand articles out in: the longest (the slowest) first."""
    return sorted(articles, key=lambda a: -len(a.text))


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
    stream = _Stream(corpus)
    unique = list(stream)
    return unique, stream.report


def _preload() -> None:
    """Before a pool forks its workers: the tables every worker reads on its first articles
    (the gazetteer, each language's lexicon, lemma and word-frequency tables; ~0.3 CPU-s
    a process) read once here, in the parent, and inherited by the forked workers instead
    of read again in each; then frozen out of the garbage collector's sight (:func:`_settle`),
    which also keeps the workers' shared pages shared. Nothing is done where the pool
    does not fork (spawn, forkserver: a worker starts afresh), and nothing that opens the
    name index's database (a connection is not to cross a fork)."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return
    from geo.gazetteer import load_gazetteer
    from geo.lexicon import load
    from geo.text import SUPPORTED_LANGS
    from geo.text.document import _lemma_table
    from geo.text.frequency import _table

    load_gazetteer()
    for lang in SUPPORTED_LANGS:
        load(lang)
        _lemma_table(lang)
        _table(lang)
    gc.freeze()


def _warm() -> None:
    """Load the gazetteer and the index once per worker process (a pool's worker: the
    collector's first threshold as :func:`_fewer_collections` sets it, for the process's life)."""
    from geo.gazetteer import load_gazetteer
    from geo.gazetteer.index import load_index

    gc.set_threshold(max(gc.get_threshold()[0], _YOUNGEST), *gc.get_threshold()[1:])
    load_gazetteer()
    load_index()


#: the cyclic collector's first threshold while a batch runs (Python's default: 700)
_YOUNGEST = 100_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """While this process extracts a batch's articles, the cyclic garbage collector looks at
    the youngest objects after 100,000 allocations instead of 700 (:func:`gc.set_threshold`;
    the older generations' thresholds as they were), then as before: the articles' objects
    are freed by reference counting, and loading the tables and caches of the first articles
    made ~600 collections, 0.13-0.14 CPU-s of a 200-article run against 0.03 (issue 24; the
    run's max RSS the same). Not while :func:`finish` writes the report: each entry's
    indented JSON (the pure-Python encoder's recursive closures) leaves a reference cycle,
    which would wait for the collector (tests/batch/test_batch_ledger.py's flat memory).
    Nothing else changes."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], _YOUNGEST), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def finish(out: Path, articles: Iterable[Article | _Ref], report: list[dict] | Ledger, corpus: str | Path | None = None,
           records: Mapping[str, Record] | _Combine | None = None, mode: str = "merge", parquet: bool = False) -> dict:
    """Combine the articles' results, render the combined map, write the report (the three
    together, see :func:`geo.io.commit.commit`). Hold the folder's lock.

    ``records`` are the results of this run as the workers encoded them (see
    :class:`Record`), or already spilled to disk (:class:`_Combine`); an article without
    one (done by an earlier run) is read from its file and checked, and the features you
    edited in it are marked ``"edited"``. ``report``: the entries so far, or the spill's
    own :class:`~geo.batch_ledger.Ledger` holding them. A combined ``events.geojson`` you edited is
    merged, as the single-article path merges (see :func:`combined_in_the_way`; ``mode``
    is one of :data:`MODES`). When no article was mapped (every one failed), raises
    :class:`InputError` and leaves the existing files as they were.

    Memory (issue 24): the articles' shares and the report's entries are on disk (the
    spill and its ledger) and read back in order as the combined files are written, a
    piece at a time; the report returned lists its entries by reading them back from
    ``report.json`` (:class:`_Entries`). An edited combined file to merge is read whole."""
    if not isinstance(records, _Combine):
        with _Combine(out, records) as combine:
            return finish(out, articles, report, corpus, combine, mode, parquet)
    ledger = records.ledger
    if report is not ledger:
        assert not isinstance(report, Ledger)  # a ledger is the spill's own
        for entry in report:
            ledger.report(entry)
    features = _gather(out, articles, records)
    used = _Again(ledger.used)
    counts = ledger.counts()
    summary = {"articles": sum(counts.values()), "done": counts.get("done", 0), "skipped": counts.get("skipped", 0),
               "failed": counts.get("failed", 0), "features": features}
    if not summary["done"] and not summary["skipped"]:
        first = ledger.first("failed", in_order=True) or {"origin": "?", "reason": "?"}
        raise InputError(
            f"{corpus or out}: none of its {summary['failed']} article(s) could be mapped "
            f"(first: {first['origin']}: {first['reason']}); nothing written"
        )
    existing, backup = combined_in_the_way(out, mode)
    message = None
    if existing is None:
        events, page = _combined_parts(used, _Again(lambda: ledger.used(by_key=True)), records)
    else:
        geo = {"articles": {r.key: r.source for r in used}}
        merged, message = _merge_combined(existing, _combined_collection(geo, used, records), mode, [d for r in used for d in r.deleted])
        events, page = _combined_merged(merged, geo)
    files: dict[str, Content] = {}
    kept = None
    if backup:
        from geo.io.edits import backup_path

        kept = backup_path(out / EVENTS)
        files[kept.name] = (out / EVENTS).read_bytes()
    result: dict[str, Any] = {"summary": summary, "articles": []}
    if existing is None:
        # the digest of a file that is the articles' combination alone: the next run replaces
        # it without reading it (a merged one holds your edits: the next run merges again)
        digest = hashlib.sha256()
        for part in events:
            digest.update(part)
        result["events_sha256"] = digest.hexdigest()
    if message:
        result["message"] = message
    if kept is not None:
        result["backup"] = kept.name
    # written piece by piece: the pieces are never joined into one text
    report_parts = _Again(lambda: _report_parts(result, ledger.entries(), summary["articles"]))
    files.update({EVENTS: _pieces(events), "map.html": _pieces(page), REPORT: _pieces(report_parts)})
    staged = _parquet(out, used, records, None if existing is None else merged) if parquet else None
    commit(out, files)
    if staged is not None:
        _swap_in(staged / PARQUET, out / PARQUET)
    result["articles"] = _Entries(out / REPORT, summary["articles"])
    return result


def _gather(out: Path, articles: Iterable[Article | _Ref], records: _Combine) -> int:
    """The articles' shares in the corpus's order, listed in the ledger as used (an article
    done by an earlier run read back from its file); how many features they hold."""
    features = 0
    for a in articles:
        share = records.get(a.key)
        if share is None:
            rec = _read_record(out, a, records.ledger)
            if rec is None:
                continue
            share = records.add(rec)
        records.ledger.use(share.key, share)
        features += share.count
    return features


#: where the report's entries go in the text of the rest of the report (:func:`_report_parts`)
_SPLICE = "\u2063geo:report-entries\u2063"


def _report_parts(result: dict, entries: Iterable[dict], n: int) -> Iterator[bytes]:
    """``report.json`` (``result`` with ``entries`` as its ``"articles"``, ``n`` of them) as
    ``json.dumps(..., ensure_ascii=False, indent=1)`` writes it (with :func:`shown`), a
    piece at a time: each entry dumped alone, indented two more spaces (a JSON string holds
    no line break), spliced into the rest."""
    if not n:
        yield (shown(json.dumps({**result, "articles": []}, ensure_ascii=False, indent=1)) + "\n").encode("utf-8")
        return
    text = shown(json.dumps({**result, "articles": [_SPLICE]}, ensure_ascii=False, indent=1)) + "\n"
    before, after = text.split("  " + json.dumps(_SPLICE, ensure_ascii=False), 1)
    yield before.encode("utf-8")
    buf: list[str] = []
    size = 0
    for i, entry in enumerate(entries):
        piece = ("  " if not i else ",\n  ") + shown(json.dumps(entry, ensure_ascii=False, indent=1)).replace("\n", "\n  ")
        buf.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            yield "".join(buf).encode("utf-8")
            buf, size = [], 0
    buf.append(after)
    yield "".join(buf).encode("utf-8")


class _Entries:
    """A written report's entries (its ``"articles"``), read back from ``report.json`` each
    time they are iterated (one entry at a time: :func:`_report_parts` writes each entry's
    lines indented two spaces, its ``{`` and ``}`` alone on their lines)."""

    def __init__(self, path: Path, n: int) -> None:
        self._path = path
        self._n = n

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[dict]:
        with self._path.open(encoding="utf-8") as fh:
            for line in fh:
                if line == ' "articles": [\n':
                    break
            lines: list[str] = []
            for line in fh:
                if not lines and line in ("  {}\n", "  {},\n"):
                    yield {}
                    continue
                if not lines and not line.startswith("  {"):
                    return  # the list's end
                lines.append(line)
                if line in ("  }\n", "  },\n"):
                    yield dict(json.loads("".join(lines).rstrip().rstrip(",")))
                    lines = []

    def __repr__(self) -> str:
        return f"<{self._n} report entries in {self._path}>"


T = TypeVar("T")


class _Again(Generic[T]):
    """Items made again each time they are iterated (read back from the spill or its ledger)."""

    def __init__(self, make: Callable[[], Iterator[T]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[T]:
        return self._make()


PARQUET = "events.parquet"


def _parquet(out: Path, used: Iterable[_Kept], spill: _Combine, merged: dict | None) -> Path:
    """The combined features as a partitioned GeoParquet dataset, written a chunk at a time
    into a staging folder of ``out`` (from the spill, or from the merged collection)."""
    import tempfile

    from geo.io.geoparquet import Writer

    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX + "parquet-", dir=out))
    writer = Writer(staging / PARQUET)
    if merged is None:
        for r in used:
            if r.count:
                table = {k: json.loads(g) for k, g in spill.outlines([r])}  # full geometries
                feats = json.loads(b"[" + spill.read("events", r.events) + b"]")
                writer.add(resolve({"type": "FeatureCollection", "geo": {"outlines": table}, "features": feats})["features"], r.published)
    else:
        published = {r.key: r.published for r in used}
        for f in merged["features"]:
            writer.add([f], published.get(str(f["properties"].get("article"))))
    writer.flush()
    return staging


def _swap_in(new: Path, target: Path) -> None:
    """Put the folder ``new`` at ``target``, the old one removed (its staging folder with it)."""
    import shutil

    if target.exists():
        old = new.parent / (target.name + ".old")
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(new.parent, ignore_errors=True)


def _read_record(out: Path, a: Article | _Ref, report: list[dict] | Ledger) -> Record | None:
    """The record of an article done by an earlier run, read from its file and checked, with
    the features you edited in it marked; None (and the article reported failed) when the
    file is unreadable, None alone when there is none. Its geometries are encoded without
    keeping its areas in :data:`_AREAS` (each read-back outline is a new list: the parent
    would keep a thousand)."""
    path = out / "articles" / a.key / EVENTS
    if not path.exists():
        return None
    try:
        fc = read_as_places(parse_geojson(path.read_bytes(), str(path), "events"), str(path), copy=False)
        changed, deleted, _ = edited_ids(fc) if has_record(fc) else (set(), set(), False)
        rec = _record(a.key, a.origin, fc, changed, deleted, [_encode_once(f.get("geometry")) for f in fc["features"]])
    except (GeoError, OSError) as err:
        entry = {"key": a.key, "origin": a.origin, "id": a.id, "status": "failed", "reason": f"unreadable result: {err}"}
        # the article was counted once already (done or skipped): replace that entry
        _amend(report, a, lambda _: entry)
        return None
    if rec.edited:
        reason = f"already done; your edits to {path} are kept ({len(rec.edited)} feature(s) marked edited)"
        _amend(report, a, lambda same: None if same is None else {**same, "reason": reason})
    return rec


def _amend(report: list[dict] | Ledger, a: Article | _Ref, change: Callable[[dict | None], dict | None]) -> None:
    """The article's first report entry replaced by ``change(entry)`` (``change(None)``
    added when it has none; nothing done when it returns None)."""
    if isinstance(report, Ledger):
        report.amend(a.key, a.origin, change)
        return
    same = next((i for i, r in enumerate(report) if r.get("key") == a.key and r.get("origin") == a.origin), None)
    new = change(None if same is None else report[same])
    if new is None:
        return
    if same is None:
        report.append(new)
    else:
        report[same] = new


def combined_in_the_way(out: Path, mode: str = "merge") -> tuple[dict | None, bool]:
    """What to do with the ``events.geojson`` already in ``out`` before a corpus run writes
    its combined file there: (that file, when your edits in it are to be merged into the
    new combined file, else None; whether it is to be kept as a ``.bak`` first).

    The file this folder's last run wrote, untouched (its digest is in ``report.json``, or
    every feature matches its fingerprint), is replaced. An edited combined file is merged
    as the single-article path merges (your changed and added features kept, marked
    "edited", deleted ones left deleted). An edited file that cannot be merged (it has no
    record of what geo wrote, or it is one article's events file, not a combined one)
    stops the run with :class:`InputError` naming the file and the options, unless
    ``mode`` says what to do: ``"overwrite"`` (replace it, keeping a ``.bak``) or
    ``"merge-as-edited"`` (keep each of its features as edited)."""
    if mode not in MODES:
        raise InputError(f"mode={mode!r}: expected one of {', '.join(MODES)}")
    path = out / EVENTS
    if not path.is_file():
        return None, False
    if _file_digest(path) == _recorded_digest(out):
        return None, False
    existing = load_events(path)  # a broken file in the way stops the run, named
    if not is_edited(existing):
        return None, False
    if mode == "overwrite":
        return None, True
    meta = existing.get("geo")
    combined = isinstance(meta, dict) and isinstance(meta.get("articles"), dict)
    if combined and has_record(existing):
        return existing, False
    if mode == "merge-as-edited":  # no record, or one article's file: every feature in it is yours
        return {**existing, "geo": {k: v for k, v in (meta or {}).items() if k not in ("written", "written_geo", "deleted")}}, False
    if combined:
        raise InputError(f"{path}: {NO_RECORD}")
    raise InputError(
        f"{path}: is the events file of one article (not the combined file of a --corpus run) and you have edited it; "
        "a corpus run would replace it. Fix: rerun with --overwrite to replace it (a .bak copy is kept), with "
        "--merge-as-edited to keep its features in the combined file as edited, or choose another --out"
    )


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _recorded_digest(out: Path) -> str | None:
    """The digest of the combined file the folder's last run wrote (in its report.json)."""
    try:
        with (out / REPORT).open("rb") as fh:
            data = fh.read(limits.limit("GEO_MAX_JSON_BYTES") + 1)
        value = json.loads(data).get("events_sha256")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class _Kept:
    """What the parent keeps in memory of an article's :class:`Record`: its bytes are on
    disk (``events``, ``html``, ``written``: spans of :class:`_Combine`'s spill)."""

    key: str
    source: str
    count: int
    extent: tuple[bool, Box | None, Box | None]
    events: Span
    html: Span
    written: Span
    edited: tuple[tuple[str, str], ...]
    deleted: tuple[str, ...]
    published: str | None
    #: the outlines its features refer to: (key, span in the "outlines" stream), each key
    #: spilled once for the whole run (geo/outlines.py)
    outlines: tuple[tuple[str, Span], ...] = ()


class _Combine:
    """The articles' shares of the combined outputs, spilled to a temporary folder in the
    output folder as they arrive (:class:`geo.io.spill.Spill`), a :class:`_Kept` an article
    in the spill's :class:`~geo.batch_ledger.Ledger` (with the run's report and the corpus's
    order: the parent's memory does not grow with the articles); ``records`` (already in
    memory) are spilled when first asked for."""

    def __init__(self, out: Path, records: Mapping[str, Record] | None = None) -> None:
        self.out = out
        self._records = records or {}
        self._spill: Spill | None = None
        self._ledger: Ledger | None = None
        #: where each outline's geometry is in the spill (a country's is spilled once)
        self._outlines: dict[str, Span] = {}

    def _open(self) -> tuple[Spill, Ledger]:
        if self._spill is None or self._ledger is None:
            self._spill = Spill(self.out, ("events", "html", "written", "outlines"))
            self._ledger = Ledger(self._spill.dir)
        return self._spill, self._ledger

    @property
    def ledger(self) -> Ledger:
        """The run's per-article records on disk (made with the spill)."""
        return self._open()[1]

    def add(self, rec: Record) -> _Kept:
        sp, ledger = self._open()
        for k, text in rec.outlines:
            if k not in self._outlines:
                self._outlines[k] = sp.add("outlines", text.encode("utf-8"))
        kept = _Kept(rec.key, rec.source, rec.count, rec.extent, sp.add("events", rec.events), sp.add("html", rec.html),
                     sp.add("written", rec.written), rec.edited, rec.deleted, rec.published,
                     tuple((k, self._outlines[k]) for k, _ in rec.outlines))
        ledger.keep(rec.key, kept)
        return kept

    def get(self, key: str) -> _Kept | None:
        kept: _Kept | None = self.ledger.kept(key)
        if kept is None and key in self._records:
            kept = self.add(self._records[key])
        return kept

    def read(self, stream: str, span: Span) -> bytes:
        assert self._spill is not None  # a span was given by add
        return self._spill.read(stream, span)

    def outlines(self, used: Iterable[_Kept]) -> Iterator[tuple[str, str]]:
        """The outlines ``used`` refer to, each once: (key, geometry JSON), read from the spill."""
        seen: set[str] = set()
        for r in used:
            for k, span in r.outlines:
                if k not in seen:
                    seen.add(k)
                    yield k, self.read("outlines", span).decode("utf-8")

    def __enter__(self) -> _Combine:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        if self._ledger is not None:
            self._ledger.close()
        if self._spill is not None:
            self._spill.close()


def _joined(sep: bytes, parts: Iterable[bytes]) -> Iterator[bytes]:
    """``parts`` with ``sep`` between each two: what ``sep.join(parts)`` would join."""
    for i, p in enumerate(parts):
        if i:
            yield sep
        yield p


def _articles_members(used: Iterable[_Kept], ascii: bool) -> Iterator[bytes]:
    """The members of ``geo.articles`` (``"key":"outlet"``), as ``json.dumps`` writes the
    dict compact (``ascii``: as :func:`json_for_html` writes it)."""
    for r in used:
        member = json.dumps(r.key, ensure_ascii=ascii) + ":" + json.dumps(r.source, ensure_ascii=ascii, separators=(",", ":"))
        yield (member.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") if ascii else member).encode("utf-8")


def _articles_stamp(by_key: Iterable[_Kept]) -> dict[str, str]:
    """:func:`geo.io.edits.stamp_meta` of ``{"articles": {key: outlet, ...}}``, the dict's
    canonical JSON hashed a piece at a time (``by_key``: the articles sorted by key)."""
    h = hashlib.sha256(b"{")
    for i, r in enumerate(by_key):
        member = json.dumps(r.key, ensure_ascii=False) + ": " + json.dumps(_canonical(r.source), sort_keys=True, ensure_ascii=False)
        h.update(((", " if i else "") + member).encode("utf-8"))
    h.update(b"}")
    return {"articles": h.hexdigest()[:20]}


def _combined_parts(used: Iterable[_Kept], by_key: Iterable[_Kept], spill: _Combine) -> tuple[Iterable[bytes], Iterable[bytes]]:
    """The combined file and the page as pieces, read from the spill as they are written;
    each area and line once, in ``geo.outlines`` (geo/outlines.py); past a size, the page
    aggregates (geo/render/aggregate.py). ``geo.articles`` is written from ``used`` a member
    at a time, as ``json.dumps`` writes ``{"articles": {key: outlet, ...}}``; ``by_key``:
    the same articles sorted by key (for its fingerprint)."""
    from geo.render.aggregate import aggregate_page, wanted
    from geo.render.batch import render_batch_parts

    with_features = _Again(lambda: (r for r in used if r.count))
    # the record of what geo wrote, from the workers' fingerprints
    after = b'},"written_geo":' + json.dumps(_articles_stamp(by_key), separators=(",", ":")).encode("utf-8")
    has_features = any(True for _ in with_features)
    has_outlines = any(r.outlines for r in with_features)
    mine = dict(sorted([*(i for r in used for i in r.edited), *((d, DELETED) for r in used for d in r.deleted)]))
    if mine:  # what an article's own file changed, not an edit of the combined file
        after += b',"article_edits":' + json.dumps(mine, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    after_member = b'},"features":['

    def events() -> Iterator[bytes]:
        # the combined collection, one feature a line (the per-article files keep the same layout)
        yield b'{"type":"FeatureCollection","geo":{"articles":{'
        yield from _joined(b",", _articles_members(used, ascii=False))
        yield b'},"written":{'
        yield from _joined(b",", (spill.read("written", r.written) for r in with_features))
        yield after
        if has_outlines:  # each area and line once (geo/outlines.py)
            yield b',"outlines":{'
            yield from _joined(b",", (_esc(k).encode("utf-8") + b":" + g.encode("utf-8") for k, g in spill.outlines(with_features)))
            yield b"}"
        yield after_member
        if has_features:
            yield b"\n"
            yield from _joined(b",\n", (spill.read("events", r.events) for r in with_features))
            yield b"\n"
        yield b"]}\n"

    # the page: its data are json_for_html of that same collection (but the record), joined from the workers' parts
    if wanted(sum(r.count for r in with_features), sum(r.html[1] for r in with_features)):  # a large corpus
        return _Again(events), _Again(lambda: iter([aggregate_page(
            ((spill.read("events", r.events), list(spill.outlines([r])))
             for r in with_features), _bounds_of(used))]))
    top, tail = render_batch_parts(_bounds_of(used), list(spill.outlines(with_features)))

    def page() -> Iterator[bytes]:
        yield (top + '{"type":"FeatureCollection","geo":{"articles":{').encode("utf-8")
        yield from _joined(b",", _articles_members(used, ascii=True))
        yield b'}},"features":['
        yield from _joined(b",", (spill.read("html", r.html) for r in with_features))
        yield ("]}" + tail).encode("utf-8")

    return _Again(events), _Again(page)


def _merge_combined(existing: dict, new: dict, mode: str, gone: Iterable[str] = ()) -> tuple[dict, str | None]:
    """Merge the new combined collection into the combined file you edited
    (:func:`geo.io.edits.reconcile`), with edits made in the articles' own files in mind.
    ``geo.article_edits`` records the fingerprint of each feature's version in its article
    file, when that is an edit, as the last run saw it. A feature of the combined file
    unchanged since it was written (its fingerprint is ``geo.written``'s) gives way to the
    article file's version when that was edited since the last run, or when what was
    written last time was the article file's edit; one changed in the combined file since,
    or edited there in an earlier run and not in its article file since, is kept. One
    deleted from the combined file comes back when its article file edits it later."""
    meta = existing.get("geo") or {}
    recorded = meta.get("article_edits")
    before: dict = recorded if isinstance(recorded, dict) else {}
    written: dict = meta.get("written") or {}
    theirs = {str(feature_id(f)): fingerprint(f) for f in new["features"] if f["properties"].get(EDITED)}
    theirs.update((d, DELETED) for d in gone)

    def gives_way(f: dict) -> bool:
        fid = str(feature_id(f))
        if written.get(fid) != fingerprint(f):  # changed in the combined file since the last run
            return False
        if fid in theirs and before.get(fid) != theirs[fid]:  # edited in its article file since
            return True
        return fid in before and before[fid] == written.get(fid)  # what was written is the article's edit

    def deleted_since(f: dict) -> bool:  # deleted from its article file since the last run, unchanged here
        fid = str(feature_id(f))
        return theirs.get(fid) == DELETED != before.get(fid) and written.get(fid) == fingerprint(f)

    existing = copy.copy(existing)
    existing["features"] = [_unmarked(f) if gives_way(f) else f for f in existing["features"] if not deleted_since(f)]
    # deleted from the combined file, then edited in its article file: the newer edit brings it back
    present = {str(feature_id(f)) for f in existing["features"]}
    back = {fid for fid, fp in theirs.items() if before.get(fid) != fp != DELETED and fid not in present}
    if back:
        existing["geo"] = {**meta, "written": {k: v for k, v in written.items() if k not in back},
                           "deleted": [d for d in meta.get("deleted") or [] if d not in back]}
    merged, message, _ = reconcile(existing, new, "merge" if mode == "merge" else "merge-as-edited")
    if theirs:
        merged["geo"]["article_edits"] = dict(sorted(theirs.items()))
    return merged, message


def _unmarked(f: dict) -> dict:
    g = dict(f)
    g["properties"] = {k: v for k, v in f["properties"].items() if k != EDITED}
    return g


def _combined_collection(geo: dict, used: Iterable[_Kept], spill: _Combine) -> dict:
    """The new combined collection as a dict (to merge an edited combined file into)."""
    features = [f for r in used if r.count for f in json.loads(b"[" + spill.read("events", r.events) + b"]")]
    table = {k: json.loads(g) for k, g in spill.outlines(used)}  # the outlines put back (geo/outlines.py)
    return resolve({"type": "FeatureCollection", "geo": {**geo, "outlines": table}, "features": features})


def _combined_merged(fc: dict, geo: dict) -> tuple[list[bytes], list[bytes]]:
    """A merged combined collection as the file (one feature a line) and the page."""
    from geo.render.aggregate import render_aggregate_html, wanted
    from geo.render.batch import render_batch_parts

    def compact(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

    bounds = _bounds_of_extents([extent(fc["features"])])
    fc = share(fc)  # each area and line once (geo/outlines.py)
    feats = fc["features"]
    body = ("\n" + ",\n".join(compact(f) for f in feats) + "\n") if feats else ""
    events = [('{"type":"FeatureCollection","geo":' + compact(fc["geo"]) + ',"features":[' + body + "]}\n").encode("utf-8")]
    table = fc["geo"].pop("outlines", {})
    if wanted(len(feats), len(body)):  # a large corpus (geo/render/aggregate.py)
        return events, [render_aggregate_html({**fc, "geo": {"outlines": table}}, bounds).encode("utf-8")]
    head, tail = render_batch_parts(bounds, [(k, compact(v)) for k, v in table.items()])
    page_geo = {k: v for k, v in fc["geo"].items() if k not in ("written", "written_geo")}
    page = [(head + '{"type":"FeatureCollection","geo":' + json_for_html(page_geo) + ',"features":['
             + ",".join(json_for_html(f) for f in feats) + "]}" + tail).encode("utf-8")]
    return events, page


def _pieces(parts: Iterable[bytes]) -> Callable[[Path], None]:
    """A file's content for :func:`geo.io.commit.commit`: ``parts`` written one after the
    other (the file is ``b"".join(parts)``) and synced, as commit writes a text."""

    def write(path: Path) -> None:
        with open(path, "wb") as fh:
            fh.writelines(parts)
            fh.flush()
            os.fsync(fh.fileno())

    return write


def json_for_html(obj: Any) -> str:
    """Compact JSON that cannot close its ``<script>`` element (the combined page's data)."""
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _record(key: str, origin: str, fc: dict, edited: set[str] | frozenset[str] = frozenset(),
            deleted: set[str] | frozenset[str] = frozenset(), geoms: list[_Encoded] | None = None) -> Record:
    """An article's share of the combined outputs: its features tagged with the article
    (ids prefixed by its key; those in ``edited`` marked ``"edited": true``) and encoded for
    the combined file, its record of what geo wrote, and the page. ``geoms``: the features'
    geometries already encoded (:func:`_encode`)."""
    src = (fc.get("geo") or {}).get("source") or origin
    events: list[str] = []
    written: list[str] = []
    tagged: list[dict] = []
    mine: list[tuple[str, str]] = []
    shared: dict[str, str] = {}
    for i, f in enumerate(fc["features"]):
        geometry, prefix = geoms[i] if geoms is not None else _encode(f.get("geometry"))
        g = dict(f)
        props = dict(f["properties"])
        fid = feature_id(f)
        if fid in edited:
            props[EDITED] = True
        props["article"] = key
        props["outlet"] = src  # the article's outlet; "source" stays the geometry's provenance
        props["id"] = f"{key}/{fid}"
        for end in ("from", "to", "place"):
            if isinstance(props.get(end), str):
                props[end] = f"{key}/{props[end]}"
        g["properties"] = props
        g["id"] = props["id"]
        tagged.append(g)
        if is_shared(f):
            # an area or a line: written once, referred to by key (geo/outlines.py)
            outline = key_of(str(fid), geometry)
            shared[outline] = geometry
            events.append(_feature_text({**g, "properties": {**props, OUTLINE: outline}}, "null"))
        else:
            events.append(_feature_text(g, geometry))
        fp = _fingerprint(props, prefix)
        written.append(json.dumps(props["id"], ensure_ascii=False) + ':"' + fp + '"')
        if fid in edited:
            mine.append((props["id"], fp))
    # encoded here, in the worker: joining the text of many articles in the final step cost more
    # than the bytes (one wide character in one article makes the whole text two or four bytes
    # a character), and the bytes are what is written
    text = ",\n".join(events)
    return Record(key, src, len(tagged), text.encode("utf-8"), for_html(",".join(events)).encode("ascii"), extent(tagged),
                  ",".join(written).encode("utf-8"), tuple(mine), tuple(sorted(f"{key}/{d}" for d in deleted)),
                  _str_or_none((fc.get("geo") or {}).get("published")), tuple(shared.items()))


def _str_or_none(v: Any) -> str | None:
    return v if isinstance(v, str) else None


Box = tuple[float, float, float, float]


def extent(features: list[dict]) -> tuple[bool, Box | None, Box | None]:
    """What :func:`geo.render._bounds` needs of these features, so that the bounds of many
    articles combine without their features: whether any is a focus feature (not a
    country, river or border, not coarser than 150 km), the (west, south, east, north)
    box of the focus features, and, only when there is none, the box of them all."""

    def box(feats: list[dict]) -> Box | None:
        xs: list[float] = []
        ys: list[float] = []
        for f in feats:
            b = _bounds(f["geometry"])
            if b is None:
                continue
            xs += [b[0], b[2]]
            ys += [b[1], b[3]]
        return (min(xs), min(ys), max(xs), max(ys)) if xs else None

    focus = [f for f in features if f["properties"].get("place_kind") not in ("country", "river", "border")
             and not _coarse(f["properties"])]
    return (True, box(focus), None) if focus else (False, None, box(features))


def _bounds(geometry: Any) -> Box | None:
    """A geometry's (west, south, east, north), or None when shapely cannot read it; an area
    encoded by this worker has them already (:data:`_AREAS`)."""
    if type(geometry) is dict and geometry.get("type") in _AREA_TYPES:
        coords = geometry.get("coordinates")
        known = _AREAS.get(id(coords))
        if known is not None and known[0] is coords and known[1] == geometry["type"]:
            if known[3] is _UNKNOWN:
                known[3] = _area_bounds(geometry) or _bounds_once(geometry)
            b: Box | None = known[3]
            return b
    return _bounds_once(geometry)


def _bounds_once(geometry: Any) -> Box | None:
    from shapely.geometry import shape

    try:
        b: Box = shape(geometry).bounds
    except Exception:  # noqa: BLE001 - a geometry shapely cannot read is skipped for bounds only (as _bounds does)
        return None
    return b


def _area_bounds(geometry: dict) -> Box | None:
    """``shape(geometry).bounds`` of an area geo.features made (a Polygon or MultiPolygon of
    [x, y] pairs, rings of four points or more), from its exterior rings (a polygon's
    envelope is its shell's, as GEOS finds it) without making the shapely geometry (~5
    times faster on a country's outline); None when it is not such an area (then shapely
    is asked; tests/batch/test_batch_encode.py holds the two equal)."""
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else None
    if type(polygons) is not list or not polygons:
        return None
    w = s = math.inf
    e = n = -math.inf
    try:
        for poly in polygons:
            if type(poly) is not list or not poly or any(type(r) is not list or len(r) < 4 for r in poly):
                return None
            xs, ys = zip(*poly[0])
            if not math.isfinite(sum(xs) + sum(ys)):  # a NaN or an infinity: shapely's answer
                return None
            w, e, s, n = min(w, min(xs)), max(e, max(xs)), min(s, min(ys)), max(n, max(ys))
    except (TypeError, ValueError):  # not pairs of numbers
        return None
    return (float(w), float(s), float(e), float(n))


def _coarse(p: dict) -> bool:
    prec = p.get("precision_km")
    return isinstance(prec, (int, float)) and not isinstance(prec, bool) and prec > 150


def _bounds_of(records: Iterable[Record | _Kept], pad: float = 0.2) -> list[list[float]] | None:
    """:func:`geo.render._bounds` of the combined features (padded as the batch map pads)."""
    return _bounds_of_extents([r.extent for r in records], pad)


def _bounds_of_extents(extents: Iterable[tuple[bool, Box | None, Box | None]], pad: float = 0.2) -> list[list[float]] | None:
    """The padded bounds of the extents' focus boxes (when any extent has a focus), else of
    their boxes of all features; in one pass, as ``min`` and ``max`` choose (the first of
    equals)."""
    has_focus = False
    acc: list[list[float] | None] = [None, None]  # [west, south, east, north] of the focus boxes, of the others

    def grow(i: int, b: Box) -> None:
        a = acc[i]
        if a is None:
            acc[i] = list(b)
            return
        for j in (0, 1):
            if b[j] < a[j]:
                a[j] = b[j]
        for j in (2, 3):
            if b[j] > a[j]:
                a[j] = b[j]

    for focus, mine, whole in extents:
        has_focus = has_focus or focus
        if mine is not None:
            grow(0, mine)
        if whole is not None:
            grow(1, whole)
    a = acc[0] if has_focus else acc[1]
    if a is None:
        return None
    west, south, east, north = a
    return [[south - pad, west - pad], [north + pad, east + pad]]


def run_dask(corpus: str | Path, out: str | Path, client: Client | None = None, partitions: int | None = None,
             mode: str = "merge", parquet: bool = False) -> dict:
    """The same batch on Dask, from storage to storage: the workers read the corpus and
    write into ``out``, the client holds counts (see :mod:`geo.batch_dask`)."""
    from geo.batch_dask import run_dask as on_dask

    return on_dask(corpus, out, client, partitions, mode, parquet)
