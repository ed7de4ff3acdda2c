"""Issue 25's audit families, re-run: nothing lost and nothing injected through any door.

    python bench/doors.py            # every family, one summary line each
    python bench/doors.py --seed 7   # other random strings

Families (texts written for this script; nothing from ../shared):

- ``cli``: command lines with bad and odd inputs (half characters, NUL, formulas, markup,
  geometry types, crs, list values, reserved GPKG keys) → tracebacks (must be 0) and exit
  codes other than 0 and 2 (must be 0).
- ``api``: calls of the Python API with wrong types and odd strings → exceptions that are
  not :class:`geo.GeoError` (must be 0).
- ``csv``: random strings in every text field → cells a spreadsheet would read as formulas,
  read by Python's csv and by a reader that splits rows at every CR or LF (must be 0).
- ``kml``: the same strings → HTML tags in balloon text once the XML is parsed (must be 0).
- ``edits``: corpus runs after random edits of the combined and the per-article files →
  edits lost (must be 0).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import csv
import io
import json
import random
import re
import sys
import tempfile
import traceback
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import geo  # noqa: E402
from geo import batch  # noqa: E402
from geo.cli import main  # noqa: E402
from geo.io.export import to_csv, to_kml, to_places_csv  # noqa: E402

FR = "Selon le ministère, les convois ont quitté Raqqa en direction de Palmyre mardi."
EN = "Aid lorries drove from Timbuktu to Gao on Monday, the agency said."
PIECES = ["\ud800", "\udcff", "\r", "\n", "\r\n", "\0", "\u202e", "\u2028", "\x85", "\t", "\x0b",
          "=1+1", "+A1", "-2+3", "@SUM(1)", "<b>x</b>", "<img src=x onerror=alert(1)>", "&amp;", '"', ",", ";", "'", "é", "Ω"]
FIELDS = ("name", "title", "description", "quote", "claimant", "actor", "note", "source", "cue")
NS = "{http://www.opengis.net/kml/2.2}"


def rand_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) if rng.random() < 0.6 else rng.choice("abc XYZ.") for _ in range(rng.randint(0, 8)))


def formula_cells(text: str) -> int:
    cells = [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    for line in re.split(r"\r\n|\r|\n", text):
        cells += [c.strip('"') for row in csv.reader([line]) for c in row]
    return sum(1 for c in cells if c[:1] in ("=", "+", "-", "@") and not re.fullmatch(r"-?\d+(\.\d+)?", c))


def html_tags(kml: str) -> int:
    root = ET.fromstring(kml.encode("utf-8"))
    return sum(1 for e in root.iter() if e.tag in (f"{NS}description", f"{NS}value") and re.search(r"<[a-zA-Z/!]", e.text or ""))


def fam_cli(tmp: Path, base: dict) -> tuple[int, int, int]:
    """(cases, tracebacks, exit codes other than 0 and 2)."""
    cases: list[list[str]] = []
    art = tmp / "a.txt"
    art.write_text(FR, encoding="utf-8")
    for i, (name, edit) in enumerate(GEOJSON_EDITS.items()):
        fc = copy.deepcopy(base)
        edit(fc)
        p = tmp / f"{name}.geojson"
        p.write_text(json.dumps(fc), encoding="utf-8")
        cases.append(["--geojson", str(p), "--out", str(tmp / f"o{i}"), "--format", "csv,kml,gpkg"])
    for i, src in enumerate(["\udcff", "x" * 5000, "=1+1", "<b>", "\u202e"]):
        cases.append(["--text", str(art), "--out", str(tmp / f"t{i}"), "--source", src, "--format", "csv,kml"])
    for i, line in enumerate(['{"text": "\\ud800 Raqqa"}', '{"text": "x", "id": "' + "i" * 300 + '"}', '{"text": "a\\u0000b"}',
                              '{"text": ' + json.dumps(FR) + ', "source": "\\udc80"}', "[1]", '{"text": 5}']):
        p = tmp / f"c{i}.jsonl"
        p.write_text(line + "\n" + json.dumps({"text": EN, "lang": "en"}) + "\n", encoding="utf-8")
        cases.append(["--corpus", str(p), "--out", str(tmp / f"c{i}"), "--workers", "1"])
    tracebacks = bad_codes = 0
    for argv in cases:
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                code = main(argv)
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else 2
            except Exception:  # noqa: BLE001 - what this family counts
                tracebacks += 1
                print("traceback:", argv[:2], traceback.format_exc().splitlines()[-1], file=sys.stderr)
                continue
        bad_codes += code not in (0, 2)
    return len(cases), tracebacks, bad_codes


def _gc(fc: dict) -> None:
    fc["features"].append({"type": "Feature", "properties": {"kind": "place", "id": "gc", "name": "GC"}, "geometry": {
        "type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [38, 35]}]}})


def _multiline(fc: dict) -> None:
    for f in fc["features"]:
        if f["geometry"]["type"] == "LineString" and f["properties"]["kind"] == "movement":
            f["geometry"] = {"type": "MultiLineString", "coordinates": [f["geometry"]["coordinates"]]}


def _set(key: str, value: object) -> Callable[[dict], None]:
    def edit(fc: dict) -> None:
        for f in fc["features"]:
            f["properties"][key] = value
    return edit


def _crs(name: object) -> Callable[[dict], None]:
    def edit(fc: dict) -> None:
        fc["crs"] = {"type": "name", "properties": {"name": name}}
    return edit


def _geometries5(fc: dict) -> None:
    fc["features"][0]["geometry"] = {"type": "GeometryCollection", "geometries": 5}


def _kindless(fc: dict) -> None:
    fc["features"].append({"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}})


GEOJSON_EDITS: dict[str, Callable[[dict], None]] = {
    "geometrycollection": _gc, "multilinestring": _multiline, "list-place": _set("place", ["a", "b"]),
    "list-event-type": _set("event_type", ["x"]), "key-fid": _set("fid", 1), "key-geom": _set("geom", "g"),
    "key-Name": _set("Name", "N"), "surrogate": _set("quote", "\ud800"), "crs-3857": _crs("EPSG:3857"),
    "crs-garbage": _crs(5), "geometries-5": _geometries5, "kindless": _kindless, "markup": _set("description", "<script>x()</script>"),
    "cr-formula": _set("quote", "a\r=1+1"),
}


def fam_api(base: dict) -> tuple[int, int]:
    """(calls, exceptions that are not GeoError)."""
    calls: list[Callable[[], object]] = [
        lambda: geo.extract(5, "2017-01-01"), lambda: geo.extract(FR, 5), lambda: geo.extract(FR, "2017-01-01", lang=5),
        lambda: geo.extract(FR, "2017-01-01", gazetteer=5), lambda: geo.extract(FR, "2017-01-01", source=5),
        lambda: geo.extract(b"x", "2017-01-01"), lambda: geo.extract("a\0b", "2017-01-01"), lambda: geo.extract("\ud800", "2017-01-01"),
        lambda: geo.extract(FR, "2017-01-01", source="\udcff"), lambda: geo.extract("x" * 3_000_000, "2017-01-01"),
        lambda: geo.read_events(5), lambda: geo.read_events(None), lambda: geo.read_events([1]), lambda: geo.collection(3.5),
        lambda: geo.read_places(5), lambda: geo.make_map(5), lambda: geo.save_map(base, 5), lambda: geo.save_map(5, "/tmp/x.html"),
        lambda: geo.save_geojson(base, None), lambda: geo.save_geojson(base, "/tmp/x.geojson", merge="x"),
        lambda: geo.read_events("a\0b"), lambda: geo.collection({"type": "FeatureCollection", "features": 5}),
        lambda: geo.collection({"type": "FeatureCollection", "crs": 5, "features": []}),
    ]
    bad = 0
    for call in calls:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                call()
            except geo.GeoError:
                pass
            except Exception:  # noqa: BLE001 - what this family counts
                bad += 1
                print("not a GeoError:", traceback.format_exc().splitlines()[-1], file=sys.stderr)
    return len(calls), bad


def fam_exports(base: dict, rng: random.Random, n: int) -> tuple[int, int, int]:
    """(collections, formula cells in the CSVs, HTML tags in KML balloons)."""
    formulas = tags = 0
    for _ in range(n):
        fc = copy.deepcopy(base)
        for f in fc["features"]:
            for k in FIELDS:
                f["properties"][k] = rand_text(rng)
        fc["geo"]["source"] = rand_text(rng)
        formulas += formula_cells(to_csv(fc)) + formula_cells(to_places_csv(fc))
        tags += html_tags(to_kml(fc))
    return n, formulas, tags


def fam_edits(tmp: Path, rng: random.Random, rounds: int, verbose: bool = False) -> tuple[int, int]:
    """(edits made, edits lost): each round edits a feature of the combined file or of an
    article's file (moves it, renames it, or deletes it), runs the corpus again and looks."""
    src = tmp / "e.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ({"text": FR, "lang": "fr"}, {"text": EN, "lang": "en"})), encoding="utf-8")
    out = tmp / "eout"
    batch.run(src, out, workers=1)
    made = lost = 0
    for r in range(rounds):
        per = sorted((out / "articles").glob("*/events.geojson"))
        target = out / "events.geojson" if rng.random() < 0.6 else rng.choice(per)
        fc = json.loads(target.read_text(encoding="utf-8"))
        if not fc["features"]:
            continue
        f = rng.choice(fc["features"])
        fid = f["properties"]["id"]
        # a place a movement starts or ends at is not deleted: the file would be invalid (and refused, named)
        how = rng.choice(["move", "rename", "delete"] if f["properties"]["kind"] != "place" else ["move", "rename"])
        if how == "delete":
            fc["features"].remove(f)
        elif how == "rename":
            f["properties"]["name"] = f"renamed {r}"
        elif f["geometry"]["type"] == "Point":
            f["geometry"]["coordinates"] = [round(rng.uniform(-10, 10), 3), round(rng.uniform(-10, 10), 3)]
        else:
            f["properties"]["name"] = f"renamed {r}"
            how = "rename"
        target.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            batch.run(src, out, workers=1)
        made += 1
        after = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
        if target != out / "events.geojson":
            fid = f"{target.parent.name}/{fid}"
        got = {g["properties"]["id"]: g for g in after["features"]}
        if how == "delete":
            miss = fid in got
        elif fid not in got:
            miss = True
        elif how == "rename":
            miss = got[fid]["properties"].get("name") != f"renamed {r}"
        else:
            miss = got[fid]["geometry"]["coordinates"] != f["geometry"]["coordinates"]
        if verbose:
            print(f"{'lost' if miss else 'kept'}: round {r}, {how} {fid} in {target.relative_to(out)}", file=sys.stderr)
        lost += miss
    return made, lost


def run(seed: int = 25, verbose: bool = False) -> dict[str, tuple[int, ...]]:
    rng = random.Random(seed)
    base = geo.extract(FR, "2017-11-14", lang="fr", source="Le Quotidien")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        return {
            "cli (cases, tracebacks, exit codes not 0/2)": fam_cli(tmp, base),
            "api (calls, not GeoError)": fam_api(base),
            "exports (collections, formula cells, html tags)": fam_exports(base, rng, 200),
            "edits (made, lost)": fam_edits(tmp, rng, 40, verbose),
        }


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("-v", "--verbose", action="store_true", help="say which edit was lost, which call raised what")
    args = ap.parse_args()
    for name, counts in run(args.seed, args.verbose).items():
        print(f"{name}: {counts}")
