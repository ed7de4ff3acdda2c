"""The command line: ``python build_map.py`` (see ``--help``).

Arguments are parsed here and handed to the package; every error a user can cause exits
with code 2 and one message naming the file and the problem, and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import GeoError, InputError
from .gazetteer import load_gazetteer
from .io import dumps, load_events, write_text_atomic
from .pipeline import extract, parse_date
from .render import render_html
from .text import check_language, read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "abu-kamal-2017-11.fr.txt"
SEED_OUT = ROOT / "build" / "seed"
EVENTS_NAME = "events.geojson"
MAP_NAME = "map.html"


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="build_map.py",
        description="Map what a news article claims happened where. With no arguments, builds the seed article's map in build/seed/.",
    )
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--text", metavar="ARTICLE.txt", help="article to read (UTF-8 text)")
    src.add_argument("--geojson", metavar="EVENTS.geojson", help="render an (edited) events file as it is, with no extraction")
    ap.add_argument("--published", metavar="YYYY-MM-DD", help="the article's date; relative dates ('last week') are resolved against it")
    ap.add_argument("--lang", help="language of the text (fr, en, de, it, pt, es); detected when omitted")
    ap.add_argument("--source", help="name of the source shown on the map (default: the file name)")
    ap.add_argument("--gazetteer", metavar="PLACES.geojson", help="gazetteer to use (default: data/places.geojson)")
    ap.add_argument("--out", metavar="DIR", help=f"output folder; gets {EVENTS_NAME} and {MAP_NAME}")
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


def run(args: argparse.Namespace) -> list[Path]:
    """Do what the arguments ask; return the files written."""
    if args.lang:
        check_language(args.lang)
    if args.geojson:
        if not args.out:
            raise InputError("--geojson needs --out DIR (where to write the map)")
        fc = load_events(args.geojson)
        out = Path(args.out)
        html = render_html(fc)
        _write(out, {EVENTS_NAME: dumps(fc), MAP_NAME: html}, same_events=Path(args.geojson))
        return [out / EVENTS_NAME, out / MAP_NAME]
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
    _write(out, {EVENTS_NAME: dumps(fc), MAP_NAME: render_html(fc)})
    return [out / EVENTS_NAME, out / MAP_NAME]


def _write(out: Path, files: dict[str, str], same_events: Path | None = None) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    for name, content in files.items():
        target = out / name
        if same_events is not None and name == EVENTS_NAME and target.resolve() == same_events.resolve():
            continue  # rendering a file in place: leave the user's file byte for byte
        write_text_atomic(target, content)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        written = run(args)
    except GeoError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for p in written:
        print(p)
    return 0
