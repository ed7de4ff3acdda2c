"""Issue 25: nothing lost and nothing injected through any door.

Each trigger the audit found, one test a door (the ids name it): corpus runs that kept
no edit, a carriage return that split a CSV row past the formula guard, live HTML in KML
balloons, half a character (a lone surrogate) that crashed every door, exports that
crashed on files the validator accepts, a ``crs`` in another system, the API's missing
checks, unbounded corpus ids and symbolic links out of a corpus folder. Every test here
fails on the code before the issue's fix.
"""

from __future__ import annotations

import copy
import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geo
from geo import batch
from geo.cli import main
from geo.errors import ArgumentError, GeoError, GeoWarning, InputError, ValidationError
from geo.io.export import export, to_csv, to_kml, to_places_csv
from tests.conftest import ROOT, ogrinfo

NS = "{http://www.opengis.net/kml/2.2}"
# sentences written for these tests
FR = "Selon le ministère, les convois ont quitté Raqqa en direction de Palmyre mardi."
EN = "Aid lorries drove from Timbuktu to Gao on Monday, the agency said."
IT = "Secondo la polizia, i profughi sono partiti da Aleppo verso Idlib ieri."


def load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


def jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")  # a lone surrogate as its escape
    return path


ARTICLES = [
    {"id": "fr", "text": FR, "published": "2017-11-14", "lang": "fr", "source": "Le Quotidien"},
    {"id": "en", "text": EN, "published": "2023-05-02", "lang": "en", "source": "Daily Wire Service"},
]


# ------------------------------------------------------------------ 1. corpus runs keep edits


@pytest.fixture
def corpus(tmp_path):
    src = jsonl(tmp_path / "a.jsonl", ARTICLES)
    out = tmp_path / "out"
    assert main(["--corpus", str(src), "--out", str(out), "--workers", "1"]) == 0
    return src, out


def _place(fc: dict) -> dict:
    return next(f for f in fc["features"] if f["properties"]["kind"] == "place" and f["geometry"]["type"] == "Point")


def test_an_edited_combined_file_is_merged_not_replaced(corpus, capsys):
    src, out = corpus
    combined = out / "events.geojson"
    fc = load(combined)
    assert fc["geo"]["written"] and len(fc["geo"]["written"]) == len(fc["features"])  # it carries the fingerprints
    moved = _place(fc)
    moved["geometry"]["coordinates"] = [12.5, 41.9]
    gone = next(f for f in fc["features"] if f["properties"]["kind"] != "place")["properties"]["id"]
    fc["features"] = [f for f in fc["features"] if f["properties"]["id"] != gone]
    fc["features"].append({"type": "Feature", "properties": {"kind": "place", "id": "mine", "name": "My camp"},
                           "geometry": {"type": "Point", "coordinates": [20.0, 10.0]}})
    combined.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(src), "--out", str(out), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert str(combined) in err and "kept 2 edited feature(s)" in err and "left 1 deleted" in err
    after = {f["properties"]["id"]: f for f in load(combined)["features"]}
    assert after[moved["properties"]["id"]]["geometry"]["coordinates"] == [12.5, 41.9]
    assert after[moved["properties"]["id"]]["properties"]["edited"] is True
    assert "mine" in after and gone not in after
    # and once more: the merged file is geo's again, the edits stay
    assert main(["--corpus", str(src), "--out", str(out), "--workers", "1"]) == 0
    again = {f["properties"]["id"]: f for f in load(combined)["features"]}
    assert again[moved["properties"]["id"]]["geometry"]["coordinates"] == [12.5, 41.9] and gone not in again
    assert "mine" in (out / "map.html").read_text(encoding="utf-8")  # the page shows the merged collection


def test_an_edited_article_file_is_kept_and_its_edits_reach_the_combined_file(corpus):
    src, out = corpus
    per = sorted((out / "articles").glob("*/events.geojson"))
    assert len(per) == 2 and all(load(p)["geo"]["written"] for p in per)  # each carries the fingerprints
    fc = load(per[0])
    place = _place(fc)
    place["properties"]["name"] = "Renamed by hand"
    per[0].write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    before = per[0].read_bytes()
    rep = batch.run(src, out, workers=1)
    assert per[0].read_bytes() == before
    key = per[0].parent.name
    combined = {f["properties"]["id"]: f for f in load(out / "events.geojson")["features"]}
    mine = combined[f"{key}/{place['properties']['id']}"]["properties"]
    assert mine["name"] == "Renamed by hand" and mine["edited"] is True
    assert any("your edits" in (r.get("reason") or "") for r in rep["articles"])


def test_edits_alternating_between_the_combined_file_and_an_article_file_all_stay(corpus):
    """The latest edit of a feature wins, whichever file it was made in; none is lost."""
    src, out = corpus
    combined = out / "events.geojson"
    per = sorted((out / "articles").glob("*/events.geojson"))[0]
    key = per.parent.name

    def edit(path, pid, **props):
        fc = load(path)
        f = next(f for f in fc["features"] if f["properties"]["id"] == pid)
        f["properties"].update(props)
        path.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
        batch.run(src, out, workers=1)
        return {f["properties"]["id"]: f["properties"] for f in load(combined)["features"]}

    pid = _place(load(per))["properties"]["id"]
    other = next(f["properties"]["id"] for f in load(combined)["features"] if not f["properties"]["id"].startswith(key))
    got = edit(combined, other, name="combined 1")
    got = edit(per, pid, name="article 1")
    assert got[f"{key}/{pid}"]["name"] == "article 1" and got[other]["name"] == "combined 1"
    got = edit(per, pid, name="article 2")  # edited again in its article file: the newer edit wins
    assert got[f"{key}/{pid}"]["name"] == "article 2"
    got = edit(combined, f"{key}/{pid}", name="combined 2")  # then in the combined file
    assert got[f"{key}/{pid}"]["name"] == "combined 2"
    got = edit(combined, other, note="untouched run")  # another edit elsewhere: that one stays
    assert got[f"{key}/{pid}"]["name"] == "combined 2" and got[other]["name"] == "combined 1"
    got = edit(per, pid, name="article 3")
    assert got[f"{key}/{pid}"]["name"] == "article 3" and got[other]["note"] == "untouched run"
    # a claim renamed in the combined file, then deleted from its article file: deleted
    claim = next(f["properties"]["id"] for f in load(per)["features"] if f["properties"]["kind"] != "place")
    got = edit(combined, f"{key}/{claim}", note="combined 3")
    fc = load(per)
    fc["features"] = [f for f in fc["features"] if f["properties"]["id"] != claim]
    per.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    batch.run(src, out, workers=1)
    assert f"{key}/{claim}" not in {f["properties"]["id"] for f in load(combined)["features"]}


@pytest.mark.parametrize("how", [pytest.param("edited", id="edited-single-article-file"),
                                 pytest.param("no-record", id="combined-without-record")])
def test_an_unmergeable_edited_file_stops_the_corpus_run_named(tmp_path, capsys, how):
    src = jsonl(tmp_path / "a.jsonl", ARTICLES)
    out = tmp_path / "out"
    if how == "edited":  # a single article's map, edited, where the corpus is to go
        art = tmp_path / "one.txt"
        art.write_text(IT, encoding="utf-8")
        assert main(["--text", str(art), "--published", "2020-03-01", "--out", str(out)]) == 0
        fc = load(out / "events.geojson")
        fc["features"][0]["properties"]["name"] = "Mine"
    else:
        assert main(["--corpus", str(src), "--out", str(out), "--workers", "1"]) == 0
        fc = load(out / "events.geojson")
        del fc["geo"]
    (out / "events.geojson").write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    capsys.readouterr()
    assert main(["--corpus", str(src), "--out", str(out), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert str(out / "events.geojson") in err and "--overwrite" in err and "--merge-as-edited" in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert (out / "articles").exists() == (how == "no-record")  # stopped before the work
    # --merge-as-edited keeps every feature of it, as edited
    assert main(["--corpus", str(src), "--out", str(out), "--workers", "1", "--merge-as-edited"]) == 0
    merged = {f["properties"]["id"]: f for f in load(out / "events.geojson")["features"]}
    assert {f["properties"]["id"] for f in fc["features"]} <= set(merged)  # nothing of it lost
    if how == "edited":  # the single article's features, all kept as edited, beside the corpus's
        assert all(merged[f["properties"]["id"]]["properties"]["edited"] for f in fc["features"])
        assert merged[fc["features"][0]["properties"]["id"]]["properties"]["name"] == "Mine"
    assert any(f["properties"].get("article") for f in merged.values())


def test_overwrite_replaces_an_edited_combined_file_keeping_a_backup(corpus, capsys):
    src, out = corpus
    combined = out / "events.geojson"
    fc = load(combined)
    _place(fc)["properties"]["name"] = "Hand edit"
    combined.write_text(json.dumps(fc), encoding="utf-8")
    edited = combined.read_bytes()
    capsys.readouterr()
    assert main(["--corpus", str(src), "--out", str(out), "--workers", "1", "--overwrite"]) == 0
    assert "events.geojson.bak" in capsys.readouterr().err
    assert (out / "events.geojson.bak").read_bytes() == edited
    assert "Hand edit" not in combined.read_text(encoding="utf-8")


def test_an_untouched_combined_file_is_replaced_quietly(corpus, capsys):
    src, out = corpus
    capsys.readouterr()
    assert main(["--corpus", str(src), "--out", str(out), "--workers", "1"]) == 0
    assert "edited" not in capsys.readouterr().err and not (out / "events.geojson.bak").exists()


# ------------------------------------------------------------------ 2. CSV: no row split, no formula


def _claims_fc() -> dict:
    return geo.extract(FR, "2017-11-14", lang="fr", source="Le Quotidien")


PAYLOAD = "=1+1*cmd|' /C calc'!A0"


def _inject(fc: dict, field: str, value: str) -> dict:
    fc = copy.deepcopy(fc)
    for f in fc["features"]:
        if field == "source":
            fc["geo"]["source"] = value
        else:
            f["properties"][field] = value
    return fc


def _formula_cells(text: str) -> list[str]:
    """Cells a spreadsheet could read as formulas: Python's csv, and a reader that splits
    rows at every CR or LF (as LibreOffice does with a bare CR) and cells at commas."""
    cells = [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    for line in re.split(r"\r\n|\r|\n", text):
        cells += [c.strip('"') for row in csv.reader([line]) for c in row]
    return [c for c in cells if c[:1] in ("=", "+", "-", "@") and not re.fullmatch(r"-?\d+(\.\d+)?", c)]


@pytest.mark.parametrize("field, value", [
    pytest.param("quote", "It said so.\r" + PAYLOAD, id="quote-bare-cr"),
    pytest.param("claimant", "the ministry\r\n" + PAYLOAD, id="claimant-crlf"),
    pytest.param("source", "Outlet\r@SUM(1+1)", id="source-bare-cr"),
    pytest.param("actor", "fighters\n+1+1", id="actor-lf"),
    pytest.param("quote", "a\u2028-2+3", id="quote-line-separator"),
    pytest.param("quote", "\t=1+1", id="quote-tab-first"),
    pytest.param("claimant", '"+A1,a', id="claimant-behind-a-quote"),
])
def test_csv_rows_never_split_and_no_cell_is_a_formula(field, value):
    text = to_csv(_inject(_claims_fc(), field, value))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len({len(r) for r in rows}) == 1 and len(rows) == 1 + sum(
        f["properties"]["kind"] != "place" for f in _claims_fc()["features"])
    assert _formula_cells(text) == []


def test_the_places_csv_is_guarded_too():
    fc = _claims_fc()
    for f in fc["features"]:
        f["properties"]["name"] = "x\r=HYPERLINK(1)"
        f["properties"].pop("mentions", None)
    assert _formula_cells(to_places_csv(fc)) == []


# ------------------------------------------------------------------ 3. KML: text, never markup


MARKUP = '<img src=x onerror="alert(1)"><b>bold</b> &amp; <a href="javascript:x()">link</a>'


@pytest.mark.parametrize("field", [pytest.param("description", id="description"), pytest.param("quote", id="extended-data-quote"),
                                   pytest.param("claimant", id="extended-data-claimant")])
def test_kml_balloons_hold_text_not_markup(field):
    root = ET.fromstring(to_kml(_inject(_claims_fc(), field, MARKUP)).encode("utf-8"))
    texts = [e.text or "" for e in root.iter() if e.tag in (f"{NS}description", f"{NS}value")]
    assert texts and not any("<" in t or ">" in t for t in texts)
    assert any(html.unescape(t) == MARKUP for t in texts)  # the text itself, shown as text


def test_a_plain_articles_kml_carries_no_tag_from_its_text():
    root = ET.fromstring(to_kml(geo.extract("Des tirs <b>ont visé</b> Alep & Idlib, selon l'OSDH.", "2020-01-02", lang="fr")).encode("utf-8"))
    assert not any("<" in (e.text or "") for e in root.iter() if e.tag in (f"{NS}description", f"{NS}value"))


# ------------------------------------------------------------------ 4. half a character at every door


def _surrogate_jsonl(tmp_path: Path, field: str) -> Path:
    rows = [dict(a) for a in ARTICLES]
    rows[0][field] = rows[0][field] + "\ud800"  # json.dumps writes the escape "\ud800"
    return jsonl(tmp_path / "s.jsonl", rows)


@pytest.mark.parametrize("field", [pytest.param("text", id="jsonl-text-key"), pytest.param("source", id="jsonl-source"),
                                   pytest.param("id", id="jsonl-id")])
def test_a_lone_surrogate_in_a_corpus_line_skips_the_line_and_the_batch_goes_on(tmp_path, field):
    src = _surrogate_jsonl(tmp_path, field)
    rep = batch.run(src, tmp_path / "out", workers=1)
    failed = [r for r in rep["articles"] if r["status"] == "failed"]
    assert len(failed) == 1 and failed[0]["origin"].endswith(":1") and "lone surrogate" in failed[0]["reason"]
    assert field in failed[0]["reason"] or field == "text"
    assert rep["summary"]["done"] == 1


def test_a_lone_surrogate_in_a_sidecar_source_is_reported(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    for a in ARTICLES:
        (folder / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
    (folder / "fr.json").write_text('{"source": "Le \\udc80 Quotidien", "lang": "fr"}', encoding="utf-8")
    rep = batch.run(folder, tmp_path / "out", workers=1)
    failed = [r for r in rep["articles"] if r["status"] == "failed"]
    assert len(failed) == 1 and "fr.json" in failed[0]["reason"] and '"source"' in failed[0]["reason"]


def test_a_corpus_file_name_that_is_not_utf8_is_shown_not_fatal(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(FR, encoding="utf-8")  # a Latin-1 name
    (folder / os.fsdecode(b"bad\xff.txt")).write_bytes(b"\xff\xfe not text")
    rep = batch.run(folder, tmp_path / "out", workers=1)
    assert rep["summary"]["done"] == 1 and rep["summary"]["failed"] == 1
    saved = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {Path(r["origin"]).name for r in saved["articles"]} == {"caf\ufffd.txt", "bad\ufffd.txt"}
    outlets = {f["properties"]["outlet"] for f in load(tmp_path / "out" / "events.geojson")["features"]}
    assert outlets == {"caf\ufffd.txt"}


def test_a_lone_surrogate_in_a_geojson_property_is_refused_with_its_line(tmp_path, capsys):
    fc = geo.extract(FR, "2017-11-14", lang="fr")
    fc["features"][0]["properties"]["note"] = "half \ud83d"
    p = tmp_path / "e.geojson"
    p.write_text(json.dumps(fc, indent=1), encoding="utf-8")
    line = next(i for i, ln in enumerate(p.read_text().splitlines(), 1) if "\\ud83d" in ln)
    assert main(["--geojson", str(p), "--out", str(tmp_path / "o"), "--format", "csv,kml,gpkg"]) == 2
    err = capsys.readouterr().err
    assert f"{p}: feature 0: properties.note: a lone surrogate" in err and f"(line {line})" in err
    assert not (tmp_path / "o").exists()


def test_a_source_that_is_not_utf8_is_refused(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(FR, encoding="utf-8")
    r = subprocess.run([sys.executable, "build_map.py", "--text", str(art), "--out", str(tmp_path / "o"),
                        "--source", os.fsdecode(b"Le \xff Quotidien")], cwd=ROOT, capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, errors="backslashreplace")
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("error: --source: the value: byte 0xff, which is not UTF-8") and "Traceback" not in r.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("call", [
    pytest.param(lambda: geo.extract("Raqqa \ud800", "2017-11-14", lang="fr"), id="api-extract-text"),
    pytest.param(lambda: geo.extract(FR, "2017-11-14", lang="fr", source="Le \udcff"), id="api-extract-source"),
    pytest.param(lambda: geo.save_geojson(_inject(_claims_fc(), "quote", "\udfff"), "/nonexistent/e.geojson"), id="api-save-geojson"),
    pytest.param(lambda: geo.read_events(_inject(_claims_fc(), "claimant", "x\ud800")), id="api-read-events"),
])
def test_a_lone_surrogate_through_the_api_is_an_input_error(call):
    with pytest.raises(InputError, match="lone surrogate|which is not UTF-8"):
        call()


# ------------------------------------------------------------------ 5. exports of every file the validator accepts


def _base() -> dict:
    return geo.collection(geo.extract(FR, "2017-11-14", lang="fr"))


def _with(feature_edit) -> dict:
    fc = copy.deepcopy(_base())
    feature_edit(fc)
    geo.collection(fc)  # the validator accepts it
    return fc


def _multiline(fc):
    m = next(f for f in fc["features"] if f["properties"]["kind"] == "movement" and f["geometry"]["type"] == "LineString")
    m["geometry"] = {"type": "MultiLineString", "coordinates": [m["geometry"]["coordinates"], [[38.0, 35.0], [38.5, 35.5]]]}


def _collection_place(fc):
    fc["features"].append({"type": "Feature", "properties": {"kind": "place", "id": "gc", "name": "Camp and road"},
                           "geometry": {"type": "GeometryCollection", "geometries": [
                               {"type": "Point", "coordinates": [38.1, 35.1]},
                               {"type": "LineString", "coordinates": [[38.1, 35.1], [38.3, 35.2]]}]}})


def _list_valued(key):
    def edit(fc):
        for f in fc["features"]:
            if f["properties"]["kind"] == "movement":
                f["properties"]["kind"] = "event"
                f["properties"]["place"] = f["properties"].pop("to")
                f["properties"].pop("from", None)
                f["geometry"] = {"type": "Point", "coordinates": f["geometry"]["coordinates"][-1]}
            if f["properties"]["kind"] == "event":
                f["properties"][key] = ["raqqa", "palmyra"]
    return edit


def _keys(*names):
    def edit(fc):
        for i, name in enumerate(names):
            fc["features"][0]["properties"][name] = f"value {i}"
    return edit


@pytest.mark.parametrize("edit, fmt", [
    pytest.param(_multiline, "csv", id="multilinestring-movement-csv"),
    pytest.param(_collection_place, "kml", id="geometrycollection-place-kml"),
    pytest.param(_collection_place, "gpkg", id="geometrycollection-place-gpkg"),
    pytest.param(_collection_place, "csv", id="geometrycollection-place-csv"),
    pytest.param(_list_valued("place"), "csv", id="list-place-csv"),
    pytest.param(_list_valued("event_type"), "csv", id="list-event-type-csv"),
    pytest.param(_keys("fid"), "gpkg", id="key-fid-gpkg"),
    pytest.param(_keys("geom"), "gpkg", id="key-geom-gpkg"),
    pytest.param(_keys("Name"), "gpkg", id="key-Name-beside-name-gpkg"),
    pytest.param(_keys("FID", "Geom", "NAME", "date_start"), "gpkg", id="keys-in-other-cases-gpkg"),
])
def test_every_accepted_file_exports(tmp_path, edit, fmt):
    fc = _with(edit)
    path = export(fc, fmt, tmp_path)
    assert path.exists() and path.stat().st_size > 0
    if fmt == "gpkg":
        fields = {(r[0], r[1]): r[2] for r in _rows(path, "SELECT layer, property, field FROM geo_fields")}
        layer = next(iter({lay for lay, _ in fields}))  # every layer's fields are recorded
        assert layer
        for (lay, prop), field in fields.items():
            if prop.lower() in ("fid", "geom") or (prop != prop.lower() and (lay, prop.lower()) in fields):
                assert field != prop, (lay, prop)  # renamed, and the mapping says to what
        names = [f.lower() for lay in dict(pyogrio.list_layers(path)) if lay not in ("layer_styles", "geo_fields")
                 for f in pyogrio.read_info(path, layer=lay)["fields"]]
        assert names


def _rows(path: Path, sql: str) -> list[tuple]:
    import sqlite3

    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


# ------------------------------------------------------------------ 6. crs, the API's checks, bounds


@pytest.mark.parametrize("crs, ok", [
    pytest.param({"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}, True, id="crs84"),
    pytest.param({"type": "name", "properties": {"name": "EPSG:4326"}}, True, id="epsg-4326"),
    pytest.param({"type": "name", "properties": {"name": "EPSG:3857"}}, False, id="epsg-3857"),
    pytest.param("garbage", False, id="garbage"),
])
def test_crs_only_wgs84(tmp_path, crs, ok):
    fc = dict(_base(), crs=crs)
    if ok:
        geo.collection(fc)
    else:
        with pytest.raises(ValidationError, match="crs: expected WGS 84"):
            geo.collection(fc)


BIG = "x " * 1_100_000


@pytest.mark.parametrize("call, error", [
    pytest.param(lambda: geo.extract(b"Raqqa", "2017-11-14"), ArgumentError, id="extract-text-bytes"),
    pytest.param(lambda: geo.extract(None, "2017-11-14"), ArgumentError, id="extract-text-none"),
    pytest.param(lambda: geo.extract(FR, 20171114), ArgumentError, id="extract-published-number"),
    pytest.param(lambda: geo.extract(FR, "2017-11-14", lang=7), ArgumentError, id="extract-lang-number"),
    pytest.param(lambda: geo.extract(FR, "2017-11-14", gazetteer=3), ArgumentError, id="extract-gazetteer-number"),
    pytest.param(lambda: geo.extract(FR, "2017-11-14", source=3), ArgumentError, id="extract-source-number"),
    pytest.param(lambda: geo.extract("Raqqa\0Palmyre", "2017-11-14"), InputError, id="extract-nul"),
    pytest.param(lambda: geo.extract(BIG, "2017-11-14"), InputError, id="extract-too-big"),
    pytest.param(lambda: geo.extract("   ", "2017-11-14"), InputError, id="extract-empty"),
    pytest.param(lambda: geo.read_events(42), ArgumentError, id="read-events-number"),
    pytest.param(lambda: geo.collection(["a"]), ArgumentError, id="collection-list"),
    pytest.param(lambda: geo.read_places(3.5), ArgumentError, id="read-places-float"),
    pytest.param(lambda: geo.make_map(None), ArgumentError, id="make-map-none"),
    pytest.param(lambda: geo.save_map(_base(), 5), ArgumentError, id="save-map-path-number"),
    pytest.param(lambda: geo.save_geojson(_base(), None), ArgumentError, id="save-geojson-path-none"),
    pytest.param(lambda: geo.save_geojson(_base(), "/tmp/x.geojson", merge="no"), ArgumentError, id="save-geojson-merge-string"),
    pytest.param(lambda: geo.read_events("a\0b.geojson"), InputError, id="read-events-nul-path"),
])
def test_the_api_refuses_what_the_cli_refuses_as_geo_errors(call, error):
    with pytest.raises(error) as err:
        call()
    assert isinstance(err.value, GeoError)
    if error is ArgumentError:
        assert isinstance(err.value, TypeError)  # still what Python raises for a wrong type


def test_a_corpus_id_over_the_limit_is_refused_for_its_line(tmp_path):
    rows = [dict(ARTICLES[0], id="x" * 1_000_000), ARTICLES[1]]
    rep = batch.run(jsonl(tmp_path / "a.jsonl", rows), tmp_path / "out", workers=1)
    failed = [r for r in rep["articles"] if r["status"] == "failed"]
    assert len(failed) == 1 and "256-character limit ($GEO_MAX_ID_CHARS)" in failed[0]["reason"]
    assert rep["summary"]["done"] == 1
    assert max(len(line) for line in (tmp_path / "out" / "events.geojson").read_text(encoding="utf-8").splitlines()) < 100_000


def test_a_symlink_out_of_the_corpus_folder_is_not_followed(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "fr.txt").write_text(FR, encoding="utf-8")
    secret = tmp_path / "elsewhere.txt"
    secret.write_text(EN, encoding="utf-8")
    (folder / "outside.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "fr.txt")
    rep = batch.run(folder, tmp_path / "out", workers=1)
    failed = {Path(r["origin"]).name: r["reason"] for r in rep["articles"] if r["status"] == "failed"}
    assert list(failed) == ["outside.txt"] and "outside the corpus folder" in failed["outside.txt"]
    assert "Timbuktu" not in (tmp_path / "out" / "events.geojson").read_text(encoding="utf-8")


# ------------------------------------------------------------------ issue 22, item 7: exports that open styled


@pytest.fixture(scope="module")
def exported(tmp_path_factory, seed_fc):
    out = tmp_path_factory.mktemp("styled")
    return {fmt: export(seed_fc, fmt, out) for fmt in ("kml", "gpkg", "csv")}


def test_gdal_reads_both_csvs_as_wgs84_points_without_options(exported, seed_fc):
    for name, n in (("events.csv", sum(f["properties"]["kind"] != "place" for f in seed_fc["features"])),
                    ("places.csv", sum(f["properties"]["kind"] == "place" for f in seed_fc["features"]))):
        r = subprocess.run([ogrinfo(), "-ro", "-al", "-so", str(exported["csv"].with_name(name))], capture_output=True, text=True)
        assert r.returncode == 0 and not r.stderr.strip(), r.stderr
        assert "Geometry: Point" in r.stdout and f"Feature Count: {n}" in r.stdout and 'GEOGCRS["WGS 84"' in r.stdout, r.stdout


def test_the_places_csv_has_a_row_a_place_as_written(exported, seed_fc):
    rows = list(csv.DictReader(exported["csv"].with_name("places.csv").open(encoding="utf-8", newline="")))
    by_id = {r["id"]: r for r in rows}
    assert len(rows) == sum(f["properties"]["kind"] == "place" for f in seed_fc["features"])
    town = by_id["abu-kamal"]
    assert (town["geonames_id"], town["country_code"], town["written"]) == ("174448", "SY", "Abu Kamal")
    assert by_id["syria"]["written"] == "Syrie"  # as the French article writes it
    assert all(r["latitude"] and r["longitude"] for r in rows)


def test_the_gpkg_has_layer_styles_qgis_applies(exported):
    r = subprocess.run([ogrinfo(), "-ro", str(exported["gpkg"]), "-sql",
                        "SELECT f_table_name, f_geometry_column, useAsDefault, styleQML FROM layer_styles"], capture_output=True, text=True)
    assert r.returncode == 0 and "ERROR" not in r.stderr, r.stderr
    geometry_layers = [lay for lay, g in pyogrio.list_layers(exported["gpkg"]) if g]
    styles = {row[0]: row for row in _rows(exported["gpkg"], "SELECT f_table_name, f_geometry_column, useAsDefault, styleQML FROM layer_styles")}
    assert sorted(styles) == sorted(geometry_layers) and all(f"f_table_name (String) = {lay}" in r.stdout for lay in geometry_layers)
    for layer, (_, column, default, qml) in styles.items():
        assert column == "geom" and default == 1
        root = ET.fromstring(qml.split(">", 1)[1])  # after the DOCTYPE
        assert root.tag == "qgis" and root.get("labelsEnabled") == "1"
        assert root.find("labeling/settings/text-style").get("fieldName")
        if layer in ("movements", "events"):
            renderer = root.find("renderer-v2")
            assert renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "status"
            assert {c.get("value") for c in renderer.iter("category")} >= {"claimed", "disputed", "confirmed", "refuted"}


def test_the_kml_validates_with_tessellated_lines_and_shared_styles(exported, seed_fc):
    if shutil.which("xmllint"):
        r = subprocess.run(["xmllint", "--noout", str(exported["kml"])], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
    root = ET.parse(exported["kml"]).getroot()
    lines = list(root.iter(f"{NS}LineString"))
    assert lines and all(ln.find(f"{NS}tessellate").text == "1" for ln in lines)
    assert [c.tag for c in lines[0]] == [f"{NS}tessellate", f"{NS}coordinates"]  # the schema's order
    styles = list(root.iter(f"{NS}Style"))
    assert len(styles) < len(seed_fc["features"])
    assert len({ET.tostring(s).replace(s.get("id").encode(), b"") for s in styles}) == len(styles)


def test_a_feature_drawn_without_kind_is_read_as_a_place_with_a_warning(tmp_path, capsys):
    fc = geo.extract(FR, "2017-11-14", lang="fr")
    fc["features"].append({"type": "Feature", "properties": {"marker-color": "#7e7e7e"},
                           "geometry": {"type": "Point", "coordinates": [38.9, 35.9]}})  # as geojson.io draws it
    fc["features"].append({"type": "Feature", "id": "camp", "properties": {"title": "Tent camp"},
                           "geometry": {"type": "Polygon", "coordinates": [[[38, 35], [38.2, 35], [38.2, 35.2], [38, 35]]]}})
    p = tmp_path / "drawn.geojson"
    p.write_text(json.dumps(fc), encoding="utf-8")
    assert main(["--geojson", str(p), "--out", str(tmp_path / "o"), "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert f"warning: {p}: feature {len(fc['features']) - 2} (id 'drawn-1') has no \"kind\": read as a place" in err
    assert "(id 'camp') has no \"kind\"" in err
    page = (tmp_path / "o" / "map.html").read_text(encoding="utf-8")
    assert "Tent camp" in page and "drawn-1" in page
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        events = geo.read_events(fc)
    assert set(events.loc[["drawn-1", "camp"], "kind"]) == {"place"} and any(issubclass(w.category, GeoWarning) for w in caught)


# ------------------------------------------------------------------ issue 22, item 8: portable


def test_every_module_imports_without_fcntl():
    """As on Windows: no module of geo needs fcntl (filelock picks the system's lock)."""
    code = (
        "import sys, importlib, pkgutil, warnings\n"
        "sys.modules['fcntl'] = None\n"  # 'import fcntl' now raises ImportError
        "warnings.simplefilter('ignore')\n"
        "import geo\n"
        "names = [m.name for m in pkgutil.walk_packages(geo.__path__, 'geo.')]\n"
        "for n in names:\n"
        "    importlib.import_module(n)\n"
        "from geo.io.commit import locked\n"
        "import tempfile, pathlib\n"
        "with locked(pathlib.Path(tempfile.mkdtemp()) / 'out'):\n"
        "    pass\n"
        "print(len(names))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    assert int(r.stdout.split()[-1]) >= 37  # measured: 38 modules (this test's count, minus one)
    assert not [p for p in (ROOT / "geo").rglob("*.py") if re.search(r"^\s*import fcntl|^\s*from fcntl", p.read_text(encoding="utf-8"), re.M)]


def test_the_cache_folder_is_the_systems(monkeypatch):
    import platformdirs

    from geo.resources import cache_dir

    monkeypatch.delenv("GEO_CACHE_DIR", raising=False)
    assert cache_dir() == Path(platformdirs.user_cache_dir("geo", appauthor=False))
    monkeypatch.setenv("GEO_CACHE_DIR", "/somewhere/else")
    assert cache_dir() == Path("/somewhere/else")


# ------------------------------------------------------------------ fuzz: any text in every field, every export


#: pieces the audit used: half characters, line breaks, NUL, right-to-left marks, formulas, markup
PIECES = ["\ud800", "\udfff", "\udcff", "\r", "\n", "\r\n", "\0", "\u202e", "\u200f", "\u2028", "\x85", "\t",
          "=1+1", "+SUM(A1)", "-2", "@x", "<b>", "</description>", "<![CDATA[", "]]>", "&amp;", '"', ",", ";", "'"]
fuzz_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=6).map("".join)
#: the text fields of an events file whose values the validator leaves free
TEXT_FIELDS = ("name", "title", "description", "quote", "claimant", "actor", "note", "source", "cue", "marker-color", "stroke")


@pytest.fixture(scope="module")
def fuzz_base():
    return geo.extract(FR, "2017-11-14", lang="fr", source="Le Quotidien")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({k: fuzz_text for k in (*TEXT_FIELDS, "geo.source", "geo.claimant")}))
def test_fuzz_any_text_in_every_field_through_every_export(fuzz_base, tmp_path_factory, values):
    from geo.io.validate import lone_surrogate, validate_collection

    fc = copy.deepcopy(fuzz_base)
    for f in fc["features"]:
        f["properties"].update({k: values[k] for k in TEXT_FIELDS})
    fc["geo"]["source"] = values["geo.source"]
    fc["geo"]["claimants"] = [values["geo.claimant"]]
    half = any(lone_surrogate(v) >= 0 for v in values.values())
    # the door: half a character is refused, named; anything else is accepted
    assert bool(validate_collection(fc)) == half
    if half:
        with pytest.raises(InputError, match="lone surrogate"):
            geo.collection(fc)
    # and the exports hold whatever they are given (surrogates become U+FFFD)
    text = to_csv(fc)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len({len(r) for r in rows}) == 1 and len(rows) == 1 + sum(f["properties"]["kind"] != "place" for f in fc["features"])
    assert _formula_cells(text) == [] and _formula_cells(to_places_csv(fc)) == []
    root = ET.fromstring(to_kml(fc).encode("utf-8"))
    assert not any("<" in (e.text or "") for e in root.iter() if e.tag in (f"{NS}description", f"{NS}value"))
    out = tmp_path_factory.mktemp("fuzz")
    gpkg = export(fc, "gpkg", out)
    assert {lay for lay, _ in pyogrio.list_layers(gpkg)} >= {"movements", "layer_styles"}
    df = pyogrio.read_dataframe(gpkg, layer="movements")
    assert len(df) == sum(f["properties"]["kind"] == "movement" and f["geometry"]["type"] != "Point" for f in fc["features"])
