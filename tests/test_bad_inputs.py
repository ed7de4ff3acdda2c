"""Every bad input a clear error (issue 15): each case below gives one exact message, exit
code 2, and leaves every file where it was.

Families: command-line options, article texts, sidecar descriptions, GeoJSON given to
``--geojson``/``--gazetteer``, the events file in the way of the edit loop, limits set
through the environment, whole corpora, and single corpus lines and files (reported and
skipped, with the exact reason). ``{t}`` stands for the test's temporary folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from geo import batch
from geo.cli import main

ARTICLE = "Les combattants ont quitté Raqqa en direction de Palmyre la semaine dernière."


def w(rel: str, data: bytes | str) -> callable:
    """A setup step writing ``data`` to ``{t}/rel``."""

    def step(t: Path) -> None:
        p = t / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    return step


def d(rel: str):
    def step(t: Path) -> None:
        (t / rel).mkdir(parents=True, exist_ok=True)

    return step


def link(rel: str, target: str):
    def step(t: Path) -> None:
        os.symlink(target, t / rel)

    return step


def fc(*features, **top) -> str:
    return json.dumps({"type": "FeatureCollection", **top, "features": list(features)})


PLACE = {"type": "Feature", "properties": {"kind": "place", "id": "a", "name": "A"}, "geometry": {"type": "Point", "coordinates": [40.0, 34.0]}}
ART = w("a.txt", ARTICLE)


def case(id_, steps, args, message, env=None):
    return pytest.param(steps if isinstance(steps, list) else [steps], args, message, env or {}, id=id_)


CLI_CASES = [
    # --text: the article itself
    case("text-missing", [], ["--text", "{t}/nope.txt", "--out", "{t}/out"], "{t}/nope.txt: no such file"),
    case("text-empty", w("a.txt", b""), ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/a.txt: the text is empty"),
    case("text-blank", w("a.txt", b" \n\t\n"), ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/a.txt: the text is empty"),
    case("text-latin1", w("a.txt", "Raqqa était à l'été".encode("latin-1")), ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/a.txt: not UTF-8 (byte 0xe9 at offset 6); re-save the file as UTF-8"),
    case("text-binary", w("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00"), ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/a.txt: not UTF-8 (byte 0x89 at offset 0); re-save the file as UTF-8"),
    case("text-nul", w("a.txt", "Raqqa\0Palmyre"), ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/a.txt: a NUL character at offset 5; is this a text file? re-save it as plain UTF-8 text"),
    case("text-folder", d("a.txt"), ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/a.txt: not a regular file; expected a UTF-8 text file"),
    case("text-proc-mem", [], ["--text", "/proc/self/mem", "--out", "{t}/out"], "/proc/self/mem: cannot be read (Input/output error); expected a UTF-8 text file"),
    case("text-over-limit", w("a.txt", "x" * 200), ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/a.txt: more than the 100-byte limit ($GEO_MAX_TEXT_BYTES); split it or raise the limit", {"GEO_MAX_TEXT_BYTES": "100"}),
    case("text-dangling-link", link("a.txt", "gone.txt"), ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/a.txt: not a regular file; expected a UTF-8 text file"),
    # options
    case("lang-unknown", ART, ["--text", "{t}/a.txt", "--lang", "klingon", "--out", "{t}/out"], "unknown language 'klingon': expected one of de, en, es, fr, it, nl, pt"),
    case("lang-empty", ART, ["--text", "{t}/a.txt", "--lang", "", "--out", "{t}/out"], "unknown language '': expected one of de, en, es, fr, it, nl, pt"),
    case("published-slashes", ART, ["--text", "{t}/a.txt", "--published", "14/11/2017", "--out", "{t}/out"], "published date '14/11/2017' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14"),
    case("published-compact", ART, ["--text", "{t}/a.txt", "--published", "20171114", "--out", "{t}/out"], "published date '20171114' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14"),
    case("published-week", ART, ["--text", "{t}/a.txt", "--published", "2017-W46-2", "--out", "{t}/out"], "published date '2017-W46-2' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14"),
    case("published-empty", ART, ["--text", "{t}/a.txt", "--published", "", "--out", "{t}/out"], "published date '' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14"),
    case("published-year-1", ART, ["--text", "{t}/a.txt", "--published", "0001-01-01", "--out", "{t}/out"], "published date '0001-01-01': expected a year from 1000 to 9000"),
    case("published-feb-30", ART, ["--text", "{t}/a.txt", "--published", "2017-02-30", "--out", "{t}/out"], "published date '2017-02-30' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14"),
    case("published-year-9999", ART, ["--text", "{t}/a.txt", "--published", "9999-12-31", "--out", "{t}/out"], "published date '9999-12-31': expected a year from 1000 to 9000"),
    case("published-time", ART, ["--text", "{t}/a.txt", "--published", "2017-11-14T10:00", "--out", "{t}/out"], "published date '2017-11-14T10:00' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14"),
    case("workers-negative", w("c.jsonl", "{}"), ["--corpus", "{t}/c.jsonl", "--workers", "-1", "--out", "{t}/out"], '--workers -1: expected a number of processes >= 1'),
    case("workers-zero", w("c.jsonl", "{}"), ["--corpus", "{t}/c.jsonl", "--workers", "0", "--out", "{t}/out"], '--workers 0: expected a number of processes >= 1'),
    case("format-unknown", ART, ["--text", "{t}/a.txt", "--format", "pdf", "--out", "{t}/out"], "unknown --format 'pdf': expected one of kml, gpkg, csv"),
    case("format-one-unknown", ART, ["--text", "{t}/a.txt", "--format", "kml,xls", "--out", "{t}/out"], "unknown --format 'xls': expected one of kml, gpkg, csv"),
    case("overwrite-and-merge", ART, ["--text", "{t}/a.txt", "--overwrite", "--merge-as-edited", "--out", "{t}/out"], '--overwrite and --merge-as-edited contradict each other; choose one'),
    case("text-no-out", ART, ["--text", "{t}/a.txt"], '--text needs --out DIR (where to write events.geojson and map.html)'),
    case("geojson-no-out", w("e.geojson", fc(PLACE)), ["--geojson", "{t}/e.geojson"], '--geojson needs --out DIR (where to write the map)'),
    case("corpus-no-out", w("c.jsonl", "{}"), ["--corpus", "{t}/c.jsonl"], '--corpus needs --out DIR'),
    # --out
    case("out-is-file", [ART, w("f", "x")], ["--text", "{t}/a.txt", "--out", "{t}/f"], '{t}/f: exists and is not a folder (the output folder); fix: choose another --out'),
    case("out-under-file", [ART, w("f", "x")], ["--text", "{t}/a.txt", "--out", "{t}/f/sub"], '{t}/f: exists and is not a folder (a parent of the output folder {t}/f/sub); fix: choose another --out'),
    case("out-symlink-loop", [ART, link("loop", "loop")], ["--text", "{t}/a.txt", "--out", "{t}/loop"], '{t}/loop: exists and is not a folder (the output folder); fix: choose another --out'),
    case("out-events-is-folder", [ART, d("o/events.geojson")], ["--text", "{t}/a.txt", "--out", "{t}/o"], '{t}/o/events.geojson: exists and is not a regular file; fix: move it away or choose another --out'),
    case("out-map-is-folder", [ART, d("o/map.html")], ["--text", "{t}/a.txt", "--out", "{t}/o"], '{t}/o/map.html: exists and is not a regular file; fix: move it away or choose another --out'),
    case("out-name-too-long", ART, ["--text", "{t}/a.txt", "--out", "{t}/" + "x" * 300], '{t}/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: File name too long; check the path and its permissions'),
    case("out-empty", ART, ["--text", "{t}/a.txt", "--out", ""], "--out '': expected a folder name"),
    case("geojson-out-is-file", [w("e.geojson", fc(PLACE)), w("f", "x")], ["--geojson", "{t}/e.geojson", "--out", "{t}/f"], '{t}/f: exists and is not a folder (the output folder); fix: choose another --out'),
    case("corpus-out-is-file", [w("c.jsonl", "{}"), w("f", "x")], ["--corpus", "{t}/c.jsonl", "--out", "{t}/f"], '{t}/f: exists and is not a folder (the output folder); fix: choose another --out'),
    # --gazetteer
    case("gazetteer-folder", [ART, d("g")], ["--text", "{t}/a.txt", "--gazetteer", "{t}/g", "--out", "{t}/out"], '{t}/g: not a regular file; --gazetteer expects a GeoJSON gazetteer such as data/places.geojson'),
    case("gazetteer-missing", ART, ["--text", "{t}/a.txt", "--gazetteer", "{t}/g.geojson", "--out", "{t}/out"], '{t}/g.geojson: no such file; --gazetteer expects a GeoJSON gazetteer such as data/places.geojson'),
    case("gazetteer-syntax", [ART, w("g.geojson", "{")], ["--text", "{t}/a.txt", "--gazetteer", "{t}/g.geojson", "--out", "{t}/out"], '{t}/g.geojson: JSON syntax error at line 1, column 2: Expecting property name enclosed in double quotes'),
    case("gazetteer-not-gazetteer", [ART, w("g.geojson", fc(PLACE))], ["--text", "{t}/a.txt", "--gazetteer", "{t}/g.geojson", "--out", "{t}/out"], "{t}/g.geojson: feature 0 (id 'a'): properties.precision_km: expected a number >= 0 (km), found None"),
    # --geojson
    case("geojson-folder", d("e.geojson"), ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], '{t}/e.geojson: not a regular file (a folder?); expected a GeoJSON file'),
    case("geojson-missing", [], ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], '{t}/e.geojson: no such file'),
    case("geojson-binary", w("e.geojson", b"\x00\x01\x02\xff"), ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], '{t}/e.geojson: byte 0xff at offset 3 (line 1) is not UTF-8; fix: save the file as UTF-8'),
    case("geojson-deep", w("e.geojson", "[" * 200_000 + "]" * 200_000), ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], '{t}/e.geojson: JSON: nested more than 64 levels deep, the limit ($GEO_MAX_DEPTH); fix: check that this is the right file, or raise the limit'),
    case("geojson-5000-digits", w("e.geojson", fc(PLACE).replace("40.0", "4" + "0" * 5000)), ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], '{t}/e.geojson: JSON: a number of 5001 characters (400000000000...), more than the 40-character limit ($GEO_MAX_NUMBER_DIGITS); fix: check that this is the right file, or raise the limit'),
    case("geojson-1e999", w("e.geojson", fc(PLACE).replace("40.0", "1e999")), ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], "{t}/e.geojson: 2 problem(s)\n  - JSON: number(s) '1e999' too large for a double (beyond 1.8e308); fix: replace them with real numbers\n  - feature 0 (id 'a'): geometry.coordinates: expected finite numbers, found [inf, 34.0] (NaN or Infinity)"),
    case("geojson-list", w("e.geojson", "[]"), ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], '{t}/e.geojson: top level: expected a JSON object (a FeatureCollection), found list'),
    case("geojson-over-size", w("e.geojson", fc(PLACE)), ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], '{t}/e.geojson: file is 181 bytes, more than the 50-byte limit; is this the right file?', {"GEO_MAX_JSON_BYTES": "50"}),
    case("geojson-event-line", w("e.geojson", fc(PLACE, {"type": "Feature", "id": "e", "properties": {"kind": "event"}, "geometry": {"type": "LineString", "coordinates": [[40, 34], [41, 35]]}})), ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], '{t}/e.geojson: feature 1 (id \'e\'): geometry: an event is drawn as a Point, found \'LineString\'; fix: draw it as a point, or make it a "movement" if it goes somewhere'),
    case("geojson-geo-deleted-5", w("e.geojson", fc(PLACE, geo={"deleted": 5})), ["--geojson", "{t}/e.geojson", "--out", "{t}/out"], '{t}/e.geojson: geo.deleted: expected a list of feature ids (strings), found 5; fix: fix or delete "deleted"'),
    # sidecars
    case("sidecar-published-int", [ART, w("a.json", '{"published": 20171114}')], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: "published": expected a string "YYYY-MM-DD", found 20171114'),
    case("sidecar-published-bad", [ART, w("a.json", '{"published": "yesterday"}')], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: "published": published date \'yesterday\' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14'),
    case("sidecar-lang-int", [ART, w("a.json", '{"lang": 5}')], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: "lang": expected a language code such as "fr", found 5'),
    case("sidecar-lang-unknown", [ART, w("a.json", '{"lang": "xx"}')], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: "lang": unknown language \'xx\': expected one of de, en, es, fr, it, nl, pt'),
    case("sidecar-source-list", [ART, w("a.json", '{"source": ["a"]}')], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: "source": expected a string, found [\'a\']'),
    case("sidecar-list", [ART, w("a.json", "[1, 2]")], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: expected a JSON object {"published": ..., "lang": ..., "source": ...}, found a list'),
    case("sidecar-syntax", [ART, w("a.json", '{"lang": ')], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: not a JSON object (Expecting value at line 1, column 10)'),
    case("sidecar-folder", [ART, d("a.json")], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: not a regular file; expected a JSON description of the article'),
    case("sidecar-deep", [ART, w("a.json", '{"x": ' + "[" * 5000 + "]" * 5000 + "}")], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: nested more than 64 levels deep, the limit ($GEO_MAX_DEPTH)'),
    case("sidecar-nan", [ART, w("a.json", '{"x": NaN}')], ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/a.json: number(s) ['NaN'] are not finite; JSON has no NaN or Infinity"),
    case("sidecar-latin1", [ART, w("a.json", '{"source": "é"}'.encode("latin-1"))], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/a.json: not UTF-8 (byte at offset 12)'),
    # limits set through the environment
    case("env-depth-not-number", ART, ["--geojson", "{t}/a.txt", "--out", "{t}/out"], "$GEO_MAX_DEPTH='deep': expected a whole number (default 64)", {"GEO_MAX_DEPTH": "deep"}),
    case("env-text-zero", ART, ["--text", "{t}/a.txt", "--out", "{t}/out"], "$GEO_MAX_TEXT_BYTES='0': expected a number >= 1 (default 2000000)", {"GEO_MAX_TEXT_BYTES": "0"}),
    # the events file in the way of the edit loop
    case("edit-no-geo-member", [ART, w("out/events.geojson", fc(PLACE))], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/out/events.geojson: has no record of what geo wrote (its "geo" member or "geo.written" is missing), so features you deleted cannot be told from new ones; fix: rerun with --merge-as-edited to keep every feature in it as edited, or with --overwrite to replace it (a .bak copy is kept)'),
    case("edit-geo-deleted-5", [ART, w("out/events.geojson", fc(PLACE, geo={"deleted": 5}))], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/out/events.geojson: geo.deleted: expected a list of feature ids (strings), found 5; fix: fix or delete "deleted"'),
    case("edit-1e999", [ART, w("out/events.geojson", fc(PLACE, geo={"written": {}}).replace('"A"', "1e999"))], ["--text", "{t}/a.txt", "--out", "{t}/out"], "{t}/out/events.geojson: JSON: number(s) '1e999' too large for a double (beyond 1.8e308); fix: replace them with real numbers"),
    case("edit-broken-json", [ART, w("out/events.geojson", '{"type": "FeatureCollection", "features": [')], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/out/events.geojson: JSON syntax error at line 1, column 44: Expecting value'),
    case("edit-written-list", [ART, w("out/events.geojson", fc(PLACE, geo={"written": ["a"]}))], ["--text", "{t}/a.txt", "--out", "{t}/out"], '{t}/out/events.geojson: geo.written: expected an object of feature id -> fingerprint (strings), found [\'a\']; fix: fix or delete "written"'),
    # whole corpora
    case("corpus-missing", [], ["--corpus", "{t}/c.jsonl", "--out", "{t}/out"], '{t}/c.jsonl: no such file or folder'),
    case("corpus-empty", w("c.jsonl", b""), ["--corpus", "{t}/c.jsonl", "--out", "{t}/out"], '{t}/c.jsonl: no article in this corpus (every line is blank); expected one JSON object per line with a "text"'),
    case("corpus-blank-lines", w("c.jsonl", b"\n \n\n"), ["--corpus", "{t}/c.jsonl", "--out", "{t}/out"], '{t}/c.jsonl: no article in this corpus (every line is blank); expected one JSON object per line with a "text"'),
    case("corpus-binary", w("c.jsonl", bytes(range(256)) * 4), ["--corpus", "{t}/c.jsonl", "--out", "{t}/out"], '{t}/c.jsonl: none of its 5 entries is a readable article (first: {t}/c.jsonl:1: not a JSON object (Expecting value at line 1, column 1)); nothing written'),
    case("corpus-all-bad", w("c.jsonl", '{"id": 1}\n[1]\n{"text": ""}\n'), ["--corpus", "{t}/c.jsonl", "--out", "{t}/out"], '{t}/c.jsonl: none of its 3 entries is a readable article (first: {t}/c.jsonl:1: expected an object with a "text" string, found None); nothing written'),
    case("corpus-folder-no-txt", [d("c"), w("c/a.md", "x")], ["--corpus", "{t}/c", "--out", "{t}/out"], '{t}/c: no .txt articles in this folder; expected ARTICLE.txt files, each with an optional ARTICLE.json'),
    case("corpus-folder-all-bad", [w("c/a.txt", b""), w("c/b.txt", b"\xff")], ["--corpus", "{t}/c", "--out", "{t}/out"], '{t}/c: none of its 2 entries is a readable article (first: {t}/c/a.txt: the text is empty); nothing written'),
    case("corpus-device", [], ["--corpus", "/dev/null", "--out", "{t}/out"], '/dev/null: not a regular file or a folder; expected a JSON Lines file or a folder of .txt files'),
]


def _snapshot(t: Path) -> dict:
    out = {}
    for root, dirs, files in os.walk(t):
        for n in dirs + files:
            p = Path(root) / n
            out[str(p.relative_to(t))] = p.read_bytes() if p.is_file() and not p.is_symlink() else ("dir" if p.is_dir() else "link")
    return out


@pytest.mark.parametrize("steps,args,message,env", CLI_CASES)
def test_cli_bad_input(tmp_path, capsys, monkeypatch, steps, args, message, env):
    for step in steps:
        step(tmp_path)
    (tmp_path / "out").mkdir(exist_ok=True)
    if not (tmp_path / "out" / "events.geojson").exists():
        (tmp_path / "out" / "map.html").write_text("old map", encoding="utf-8")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    before = _snapshot(tmp_path)
    argv = [a.replace("{t}", str(tmp_path)) for a in args]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err == "error: " + message.replace("{t}", str(tmp_path)) + "\n"
    assert _snapshot(tmp_path) == before  # nothing written, nothing left behind


# ------------------------------------------------------------------ corpus lines and files
# One bad line or file of a corpus is reported with its reason and skipped; the reasons:

LINE_CASES = [
    pytest.param(b"not json", 'not a JSON object (Expecting value at line 1, column 1)', id="not-json"),
    pytest.param(b"[1, 2]", 'expected a JSON object {"published": ..., "lang": ..., "source": ...}, found a list', id="list"),
    pytest.param(b"42", 'expected a JSON object {"published": ..., "lang": ..., "source": ...}, found a number', id="number"),
    pytest.param(b'"text"', 'expected a JSON object {"published": ..., "lang": ..., "source": ...}, found a string', id="string"),
    pytest.param(b'{"id": 1}', 'expected an object with a "text" string, found None', id="no-text"),
    pytest.param(b'{"id": 1, "text": 5}', 'expected an object with a "text" string, found 5', id="text-number"),
    pytest.param(b'{"text": ""}', 'the text is empty', id="text-empty"),
    pytest.param(b'{"text": "Raqqa\\u0000"}', 'a NUL character at offset 5; is this a text file? re-save it as plain UTF-8 text', id="text-nul"),
    pytest.param(b'{"text": "Raqqa", "published": 20171114}', '"published": expected a string "YYYY-MM-DD", found 20171114', id="published-int"),
    pytest.param(b'{"text": "Raqqa", "published": "14/11/2017"}', '"published": published date \'14/11/2017\' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14', id="published-slashes"),
    pytest.param(b'{"text": "Raqqa", "published": "2017-02-30"}', '"published": published date \'2017-02-30\' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14', id="published-feb-30"),
    pytest.param(b'{"text": "Raqqa", "published": "2017-W46-2"}', '"published": published date \'2017-W46-2\' is not a date: expected YYYY-MM-DD, e.g. 2017-11-14', id="published-week"),
    pytest.param(b'{"text": "Raqqa", "lang": ["fr"]}', '"lang": expected a language code such as "fr", found [\'fr\']', id="lang-list"),
    pytest.param(b'{"text": "Raqqa", "lang": "klingon"}', '"lang": unknown language \'klingon\': expected one of de, en, es, fr, it, nl, pt', id="lang-unknown"),
    pytest.param(b'{"text": "Raqqa", "source": 7}', '"source": expected a string, found 7', id="source-number"),
    pytest.param(b'{"text": "Raqqa", "id": 1.5}', '"id": expected a string or a whole number, found 1.5', id="id-float"),
    pytest.param(b'{"text": "Raqqa", "id": true}', '"id": expected a string or a whole number, found True', id="id-bool"),
    pytest.param(b'{"text": "Raqqa", "id": {"a": 1}}', '"id": expected a string or a whole number, found {\'a\': 1}', id="id-object"),
    pytest.param(b'{"text": "Raqqa", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", 'nested more than 64 levels deep, the limit ($GEO_MAX_DEPTH)', id="nested-100000"),
    pytest.param(b'{"text": "Raqqa", "n": ' + b"9" * 5000 + b"}", 'a number of 5000 characters (999999999999...), more than the 40-character limit ($GEO_MAX_NUMBER_DIGITS)', id="number-5000-digits"),
    pytest.param(b'{"text": "Raqqa", "n": NaN}', "number(s) ['NaN'] are not finite; JSON has no NaN or Infinity", id="nan"),
    pytest.param(b'{"text": "Raqqa", "n": 1e999}', "number(s) ['1e999'] are not finite; JSON has no NaN or Infinity", id="1e999"),
    pytest.param('{"text": "Raqqa était"}'.encode("latin-1"), 'not UTF-8 (byte at offset 16)', id="latin1"),
    pytest.param(b'{"text": "Raqqa", "text": 3}', 'expected an object with a "text" string, found 3', id="duplicate-key"),
    pytest.param(b'{"text": "Raqqa",}', 'not a JSON object (Expecting property name enclosed in double quotes at line 1, column 18)', id="trailing-comma"),
]


@pytest.mark.parametrize("line,reason", LINE_CASES)
def test_corpus_line_reported_with_its_reason(tmp_path, line, reason):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"text": "Raqqa"}\n' + line + b"\n")
    unique, report = batch.plan(corpus)
    assert len(unique) == 1  # the good line is kept
    assert report == [{"origin": f"{corpus}:2", "status": "failed", "reason": reason}]


def test_an_over_long_line_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_MAX_TEXT_BYTES", "100")
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"text": "' + b"x" * 2000 + b'"}\n{"text": "Raqqa"}\n')
    unique, report = batch.plan(corpus)
    assert [a.origin for a in unique] == [f"{corpus}:2"]
    assert report == [{"origin": f"{corpus}:1", "status": "failed", "reason": "the line is more than 400 bytes, over the limit ($GEO_MAX_TEXT_BYTES)"}]


FOLDER_CASES = [
    pytest.param([w("c/b.json", "[1]")], '{t}/c/b.json: expected a JSON object {"published": ..., "lang": ..., "source": ...}, found a list', id="sidecar-list"),
    pytest.param([w("c/b.json", "{")], '{t}/c/b.json: not a JSON object (Expecting property name enclosed in double quotes at line 1, column 2)', id="sidecar-syntax"),
    pytest.param([w("c/b.json", '{"published": 20171114}')], '{t}/c/b.json: "published": expected a string "YYYY-MM-DD", found 20171114', id="sidecar-published-int"),
    pytest.param([w("c/b.json", '{"lang": 5}')], '{t}/c/b.json: "lang": expected a language code such as "fr", found 5', id="sidecar-lang-int"),
    pytest.param([d("c/b.json")], '{t}/c/b.json: not a regular file; expected a JSON description of the article', id="sidecar-folder"),
    pytest.param([w("c/b.json", '{"a": ' + "[" * 1000 + "]" * 1000 + "}")], '{t}/c/b.json: nested more than 64 levels deep, the limit ($GEO_MAX_DEPTH)', id="sidecar-deep"),
]


@pytest.mark.parametrize("steps", [pytest.param([w("c/b.txt", b"")], id="txt-empty"), pytest.param([w("c/b.txt", b"\xff\xfe")], id="txt-binary"), pytest.param([d("c/b.txt")], id="txt-folder")])
def test_corpus_folder_bad_text_reported(tmp_path, steps):
    w("c/a.txt", ARTICLE)(tmp_path)
    for s in steps:
        s(tmp_path)
    unique, report = batch.plan(tmp_path / "c")
    assert [a.origin for a in unique] == [str(tmp_path / "c" / "a.txt")]
    assert len(report) == 1 and report[0]["origin"] == str(tmp_path / "c" / "b.txt")
    assert report[0]["reason"] in ("the text is empty", "not UTF-8 (byte 0xff at offset 0); re-save the file as UTF-8", "not a regular file; expected a UTF-8 text file")


@pytest.mark.parametrize("steps,reason", FOLDER_CASES)
def test_corpus_folder_bad_sidecar_reported(tmp_path, steps, reason):
    w("c/a.txt", ARTICLE)(tmp_path)
    w("c/b.txt", ARTICLE + " Encore.")(tmp_path)
    for s in steps:
        s(tmp_path)
    unique, report = batch.plan(tmp_path / "c")
    assert [a.origin for a in unique] == [str(tmp_path / "c" / "a.txt")]
    assert report == [{"origin": str(tmp_path / "c" / "b.txt"), "status": "failed", "reason": reason.replace("{t}", str(tmp_path))}]
