"""The command line: ``python build_map.py`` (see ``--help``).

Arguments are parsed here and handed to the package; every error a user can cause exits
with code 2 and one message naming the file and the problem, and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geo import __version__
from geo.errors import GeoError, InputError
from geo.extract.pipeline import extract, parse_date
from geo.gazetteer import load_gazetteer
from geo.io import dumps, load_events, write_text_atomic
from geo.io.edits import keep_backup, merge, stamp
from geo.io.export import FORMATS, export
from geo.render import render_html
from geo.resources import data_file
from geo.text import check_language, read_article

SEED = data_file("articles/abu-kamal-2017-11.fr.txt")
#: where a run with no arguments writes: under the current folder
SEED_OUT = Path("build") / "seed"
EVENTS_NAME = "events.geojson"
MAP_NAME = "map.html"


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="geo-map",
        description="Map what a news article claims happened where. With no arguments, builds the seed article's map in build/seed/ under the current folder.",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--text", metavar="ARTICLE.txt", help="article to read (UTF-8 text)")
    src.add_argument("--geojson", metavar="EVENTS.geojson", help="render an (edited) events file as it is, with no extraction")
    src.add_argument(
        "--corpus", metavar="ARTICLES.jsonl|DIR",
        help="many articles: a JSON Lines file or a folder of .txt files; one combined map, resumable",
    )
    ap.add_argument("--workers", type=int, help="processes for --corpus (default: one per core)")
    ap.add_argument("--dask", metavar="ADDRESS", help="run --corpus on a Dask scheduler at ADDRESS ('local' starts a local cluster)")
    ap.add_argument("--published", metavar="YYYY-MM-DD", help="the article's date; relative dates ('last week') are resolved against it")
    ap.add_argument("--lang", help="language of the text (fr, en, de, it, pt, es); detected when omitted")
    ap.add_argument("--source", help="name of the source shown on the map (default: the file name)")
    ap.add_argument("--gazetteer", metavar="PLACES.geojson", help="gazetteer to use (default: data/places.geojson)")
    ap.add_argument("--out", metavar="DIR", help=f"output folder; gets {EVENTS_NAME} and {MAP_NAME}")
    ap.add_argument(
        "--format", action="append", default=[], metavar="FMT",
        help=f"also export events.FMT, FMT one of {', '.join(FORMATS)} (repeat or comma-separate)",
    )
    ap.add_argument(
        "--overwrite", action="store_true",
        help=f"replace an {EVENTS_NAME} you have edited instead of merging into it (a .bak copy is kept)",
    )
    return ap


def _sidecar(text_path: Path) -> dict:
    side = text_path.with_suffix(".json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{side}: not a readable JSON description of the article ({err})") from err
    return meta if isinstance(meta, dict) else {}


def _formats(values: list[str]) -> list[str]:
    fmts = [v.strip().lower() for value in values for v in value.split(",") if v.strip()]
    for f in fmts:
        if f not in FORMATS:
            raise InputError(f"unknown --format {f!r}: expected one of {', '.join(FORMATS)}")
    return list(dict.fromkeys(fmts))


def run(args: argparse.Namespace, log=print) -> list[Path]:
    """Do what the arguments ask; return the files written."""
    if args.lang:
        check_language(args.lang)
    fmts = _formats(args.format)
    if args.corpus:
        if not args.out:
            raise InputError("--corpus needs --out DIR")
        report = _run_corpus(args)
        summary = report["summary"]
        log(
            f"{summary['done']} done, {summary['skipped']} skipped (already done), {summary['failed']} failed; "
            f"{summary['features']} features; see {Path(args.out) / 'report.json'}",
            file=sys.stderr,
        )
        for r in report["articles"]:
            if r["status"] == "failed":
                log(f"failed: {r.get('origin')}: {r.get('reason')}", file=sys.stderr)
        return [Path(args.out) / EVENTS_NAME, Path(args.out) / MAP_NAME]
    if args.geojson:
        if not args.out:
            raise InputError("--geojson needs --out DIR (where to write the map)")
        src = Path(args.geojson)
        fc = load_events(src)
        out = Path(args.out)
        files = {MAP_NAME: render_html(fc)}
        if (out / EVENTS_NAME).resolve() != src.resolve():
            files[EVENTS_NAME] = src.read_text(encoding="utf-8")  # the file as it is, byte for byte
        return _write(out, files, fc, fmts)
    text_path = Path(args.text) if args.text else SEED
    out = Path(args.out) if args.out else (SEED_OUT if not args.text else None)
    if out is None:
        raise InputError("--text needs --out DIR (where to write events.geojson and map.html)")
    text = read_article(text_path)
    meta = _sidecar(text_path)
    published = parse_date(args.published) if args.published else (parse_date(meta["published"]) if meta.get("published") else None)
    lang = args.lang or meta.get("lang")
    gaz = load_gazetteer(args.gazetteer) if args.gazetteer else load_gazetteer()
    source = args.source or meta.get("source") or text_path.name
    fc = extract(text, published, lang, gaz, source=source)
    events_path = out / EVENTS_NAME
    backup = None
    if events_path.exists():
        merged, counts = merge(load_events(events_path), fc)
        if counts["kept_edited"] or counts["stayed_deleted"]:
            if args.overwrite:
                backup = events_path
            else:
                fc = merged
                log(
                    f"{events_path}: you have edited this file; kept {counts['kept_edited']} edited feature(s) "
                    f"(marked \"edited\"), updated {counts['updated']}, added {counts['added']}, "
                    f"left {counts['stayed_deleted']} deleted. Use --overwrite to replace it (a .bak copy is kept).",
                    file=sys.stderr,
                )
    fc = stamp(fc)
    files = {EVENTS_NAME: dumps(fc), MAP_NAME: render_html(fc)}
    if backup is not None:
        kept = keep_backup(backup)
        log(f"{events_path}: replaced your edited file; the old one is in {kept}", file=sys.stderr)
    return _write(out, files, fc, fmts)


def _run_corpus(args: argparse.Namespace) -> dict:
    from geo import batch

    if args.dask:
        from dask.distributed import Client, LocalCluster

        if args.dask == "local":
            with LocalCluster(n_workers=args.workers or 2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
                return batch.run_dask(args.corpus, args.out, client)
        with Client(args.dask) as client:
            return batch.run_dask(args.corpus, args.out, client)
    return batch.run(args.corpus, args.out, workers=args.workers)


def _write(out: Path, files: dict[str, str], fc: dict, fmts: list[str]) -> list[Path]:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    written = []
    for name, content in files.items():
        write_text_atomic(out / name, content)
        written.append(out / name)
    for fmt in fmts:
        written.append(export(fc, fmt, out))
    return written


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        written = run(args)
    except GeoError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # a folder that cannot be written, a disk that is full: one line, not a traceback
        where = err.filename or (args.out or "")
        print(f"error: {where}: {err.strerror or err}", file=sys.stderr)
        return 2
    for p in written:
        print(p)
    return 0
