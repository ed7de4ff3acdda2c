"""The command line: ``python build_map.py`` (see ``--help``).

Arguments are parsed here and handed to the package; every error a user can cause exits
with code 2 and one message naming the file and the problem, and writes nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

from geo import __version__
from geo.errors import GeoError, GeoWarning, InputError
from geo.extract.pipeline import extract, parse_date
from geo.gazetteer import load_gazetteer
from geo.io import dumps, limits, load_events
from geo.io.articles import check_bounded, check_string, read_article, read_sidecar
from geo.io.commit import Content, check_folder, commit, locked
from geo.io.edits import NoRecordError, backup_path, reconcile
from geo.io.export import EXPORT_NAMES, FORMATS, export_files
from geo.render import render_html
from geo.resources import data_file
from geo.text import SUPPORTED_LANGS, check_language

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
        help="many articles: a JSON Lines file or a folder of .txt files; one combined map, resumable "
             "(with --dask also a folder, glob or fsspec URL of *.jsonl / *.parquet parts, read by the workers)",
    )
    ap.add_argument("--workers", type=int, help="processes for --corpus (default: one per core)")
    ap.add_argument("--parquet", action="store_true",
                    help="with --corpus: write events.parquet too, a GeoParquet dataset partitioned by month (pandas, DuckDB, QGIS)")
    ap.add_argument("--dask", metavar="ADDRESS", help="run --corpus on a Dask scheduler at ADDRESS ('local' starts a local cluster)")
    ap.add_argument("--published", metavar="YYYY-MM-DD", help="the article's date; relative dates ('last week') are resolved against it")
    ap.add_argument("--lang", help=f"language of the text ({', '.join(SUPPORTED_LANGS)}: those with a lexicon); detected when omitted")
    ap.add_argument("--source", help="the article's outlet, shown on the map and named as the claimant of what the article "
                    "states in its own voice (default: the sidecar's \"source\", else \"the article\")")
    ap.add_argument("--gazetteer", metavar="PLACES.geojson", help="gazetteer to use (default: data/places.geojson)")
    ap.add_argument("--out", metavar="DIR", help=f"output folder; gets {EVENTS_NAME} and {MAP_NAME}")
    ap.add_argument(
        "--format", action="append", default=[], metavar="FMT",
        help=f"also export events.FMT, FMT one of {', '.join(FORMATS)} (repeat or comma-separate)",
    )
    ap.add_argument(
        "--overwrite", action="store_true",
        help=f"replace an {EVENTS_NAME} you have edited (with --corpus: the combined one) instead of merging into it (a .bak copy is kept)",
    )
    ap.add_argument(
        "--no-text", action="store_true",
        help="leave the article's full text out of events.geojson and map.html (for maps meant to be published); "
             "each claim keeps its quoted sentence, the evidence for it",
    )
    ap.add_argument(
        "--merge-as-edited", action="store_true",
        help=f"merge into an {EVENTS_NAME} that has no record of what geo wrote, keeping every feature in it as edited",
    )
    return ap


def _sidecar(text_path: Path) -> dict:
    side = text_path.with_suffix(".json")
    if not (side.exists() or side.is_symlink()):
        return {}
    return read_sidecar(side)


def _formats(values: list[str]) -> list[str]:
    fmts = [v.strip().lower() for value in values for v in value.split(",") if v.strip()]
    for f in fmts:
        if f not in FORMATS:
            raise InputError(f"unknown --format {f!r}: expected one of {', '.join(FORMATS)}")
    return list(dict.fromkeys(fmts))


def _check_options(args: argparse.Namespace) -> None:
    for option in ("source", "lang", "published"):
        value = getattr(args, option)
        if value is not None:
            check_string(value, f"--{option}", "the value")
    if args.source is not None:
        check_bounded(args.source, "--source", "the value", "GEO_MAX_SOURCE_CHARS")
    if args.lang is not None:
        check_language(args.lang)
    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers {args.workers}: expected a number of processes >= 1")
    if args.published is not None:
        parse_date(args.published)
    if args.out is not None and not args.out.strip():
        raise InputError("--out '': expected a folder name")
    if args.overwrite and args.merge_as_edited:
        raise InputError("--overwrite and --merge-as-edited contradict each other; choose one")
    if args.gazetteer is not None and not Path(args.gazetteer).is_file():
        what = "no such file" if not Path(args.gazetteer).exists() else "not a regular file"
        raise InputError(f"{args.gazetteer}: {what}; --gazetteer expects a GeoJSON gazetteer such as data/places.geojson")


def run(args: argparse.Namespace, log: Callable[..., None] = print) -> list[Path]:
    """Do what the arguments ask; return the files written."""
    _check_options(args)
    fmts = _formats(args.format)

    def say(msg: str) -> None:
        log(msg, file=sys.stderr)

    if args.corpus:
        if not args.out:
            raise InputError("--corpus needs --out DIR")
        check_folder(Path(args.out), (EVENTS_NAME, MAP_NAME, "report.json"))
        report = _run_corpus(args)
        summary = report["summary"]
        combined = Path(args.out) / EVENTS_NAME
        if report.get("message"):
            say(f"{combined}: {report['message']}")
        if report.get("backup"):
            say(f"{combined}: replaced your edited file; the old one is in {Path(args.out) / report['backup']}")
        say(
            f"{summary['done']} done, {summary['skipped']} skipped (already done), {summary['failed']} failed; "
            f"{summary['features']} features; see {Path(args.out) / 'report.json'}"
        )
        for r in report["articles"]:
            if r["status"] == "failed":
                say(f"failed: {r.get('origin')}: {r.get('reason')}")
        return [Path(args.out) / EVENTS_NAME, Path(args.out) / MAP_NAME]
    if args.geojson:
        if not args.out:
            raise InputError("--geojson needs --out DIR (where to write the map)")
        src = Path(args.geojson)
        out = Path(args.out)
        check_folder(out, (EVENTS_NAME, MAP_NAME, *_export_names(fmts)))
        fc = load_events(src)
        raw = src.read_bytes()  # the file as it is, byte for byte
        files: dict[str, Content] = {MAP_NAME: _render(fc, say)}
        files.update(_exports(fc, fmts))
        with locked(out, say):
            if not ((out / EVENTS_NAME).exists() and (out / EVENTS_NAME).resolve() == src.resolve()):
                files[EVENTS_NAME] = raw
            return commit(out, files)
    text_path = Path(args.text) if args.text else SEED
    if args.text and not args.out:
        raise InputError("--text needs --out DIR (where to write events.geojson and map.html)")
    out = Path(args.out) if args.out else SEED_OUT
    check_folder(out, (EVENTS_NAME, MAP_NAME, *_export_names(fmts)))
    text = read_article(text_path)
    meta = _sidecar(text_path)
    published = parse_date(args.published) if args.published is not None else (parse_date(meta["published"]) if meta.get("published") else None)
    lang = args.lang or meta.get("lang")
    gaz = load_gazetteer(args.gazetteer) if args.gazetteer else load_gazetteer()
    # who speaks when the article speaks in its own voice: its outlet when known, else "the
    # article" (a file name is no claimant)
    source = args.source or meta.get("source") or "the article"
    events_path = out / EVENTS_NAME
    if events_path.exists():
        load_events(events_path)  # a broken file in the way stops us before the slow part
    new = extract(text, published, lang, gaz, source=source)
    if args.no_text:
        new["geo"].pop("text", None)  # the page then says the text is not in the file
    mode = _mode(args)
    with locked(out, say):
        existing = load_events(events_path) if events_path.exists() else None
        try:
            fc, message, backup = reconcile(existing, new, mode)
        except NoRecordError as err:
            raise InputError(f"{events_path}: {err}") from None
        files = {EVENTS_NAME: dumps(fc), MAP_NAME: _render(fc, say)}
        files.update(_exports(fc, fmts))
        kept = None
        if backup:
            kept = backup_path(events_path)
            files = {kept.name: events_path.read_bytes(), **files}
        written = commit(out, files)
    if message:
        say(f"{events_path}: {message}")
    if kept is not None:
        say(f"{events_path}: replaced your edited file; the old one is in {kept}")
        written = written[1:]
    return written


def _mode(args: argparse.Namespace) -> str:
    """What to do with an edited events file in the way (see geo.io.edits.reconcile)."""
    return "overwrite" if args.overwrite else "merge-as-edited" if args.merge_as_edited else "merge"


def _render(fc: dict, say: Callable[[str], None]) -> str:
    """The single map; beyond $GEO_MAX_MAP_FEATURES features, the batch map (built for
    100,000 features), with a message."""
    cap = limits.limit("GEO_MAX_MAP_FEATURES")
    n = len(fc.get("features", []))
    if n > cap:
        from geo.render.batch import render_batch_html

        say(
            f"{n} features, more than the {cap} a single map draws ($GEO_MAX_MAP_FEATURES): "
            "drawing them as the batch map (the one --corpus makes: clustered points, no article panel)"
        )
        return render_batch_html(fc)
    return render_html(fc)


def _exports(fc: dict, fmts: list[str]) -> dict[str, Content]:
    """Exports, computed before anything is written (a failure writes nothing)."""
    files: dict[str, Content] = {}
    for fmt in fmts:
        files.update(export_files(fc, fmt))
    return files


def _export_names(fmts: list[str]) -> tuple[str, ...]:
    """The files the exports write (to check that none is in the way as a folder)."""
    return tuple(n for f in fmts for n in EXPORT_NAMES[f])


def _run_corpus(args: argparse.Namespace) -> dict:
    from geo import batch

    mode = _mode(args)
    if args.dask:
        from dask.distributed import Client, LocalCluster

        if args.dask == "local":
            with LocalCluster(n_workers=args.workers or 2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
                return batch.run_dask(args.corpus, args.out, client, mode=mode, parquet=args.parquet)
        from geo.batch_dask import partitions

        partitions(args.corpus, 1)  # a missing corpus is reported before waiting for a scheduler
        try:
            client = Client(args.dask, timeout="10s")
        except (OSError, ValueError, TypeError) as err:
            raise InputError(f"--dask {args.dask}: cannot reach a Dask scheduler there ({err})") from None
        with client:
            return batch.run_dask(args.corpus, args.out, client, mode=mode, parquet=args.parquet)
    return batch.run(args.corpus, args.out, workers=args.workers, mode=mode, parquet=args.parquet)


def _warn(message: Warning | str, category: type[Warning], filename: str, lineno: int, file: object = None, line: str | None = None) -> None:
    """geo's warnings as one line on stderr: ``warning: …``."""
    print(f"warning: {message}", file=sys.stderr)


def _print_path(p: Path) -> None:
    """A path on stdout as the file system has it (a name that is not UTF-8 included)."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        print(os.fsdecode(p).encode("utf-8", "backslashreplace").decode("utf-8"))
        return
    sys.stdout.flush()
    out.write(os.fsencode(p) + b"\n")
    out.flush()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", GeoWarning)
            warnings.showwarning = _warn
            written = run(args)
    except GeoError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # the system refused a file operation: say which file and why
        if err.filename is not None:
            print(f"error: {err.filename}: {err.strerror or err}; check the path and its permissions", file=sys.stderr)
        else:
            print(f"error: {err}", file=sys.stderr)
        return 2
    for p in written:
        _print_path(p)
    return 0
