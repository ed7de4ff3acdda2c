"""Changes made for speed give the same output as the code they replaced (the speed itself is
measured by ``bench/run.py``, never here)."""

import re
import subprocess
import sys
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import _ABBREVIATIONS, _SENT_END_RE, _word_before, sentences
from tests.conftest import ROOT


def _old_sentences(text):
    """The splitter before issue 14 (quadratic: it searched the paragraph so far at every
    full stop), kept as the reference."""
    out = []

    def append(start, end, paragraph):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((len(out), start, end, text[start:end], paragraph))

    for p_index, para in enumerate(re.finditer(r"[^\n]+", text)):
        p_start, chunk, cursor = para.start(), para.group(), 0
        for m in _SENT_END_RE.finditer(chunk):
            before = re.search(r"([\w.]+)\.$", chunk[: m.start() + 1])
            if before and before.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if before and len(before.group(1)) == 1 and before.group(1).isupper():
                continue
            append(p_start + cursor, p_start + m.end(), p_index)
            cursor = m.end()
        append(p_start + cursor, p_start + len(chunk), p_index)
    return out


def _new(text):
    return [(s.index, s.start, s.end, s.text, s.paragraph) for s in sentences(text)]


@pytest.mark.parametrize("text", [
    pytest.param("Il est parti. M. Dupont reste.\nFin", id="abbreviation-and-paragraph"),
    pytest.param("Gen. Smith met J. Doe in the U.S. on Monday. They left.", id="initials-and-u.s."),
    pytest.param("He said: « Go! » Then (quietly) left… Later, 3 p.m. came. 2017 ended.", id="quotes-ellipsis-digits"),
    pytest.param("Troops moved from A.B.C. to Dr. Who's town. Etc. And then?  Yes.", id="dotted-runs"),
    pytest.param("Straße à Deïr. Ça va. Élan. ملاحظة. _x. x_. Z.", id="unicode-and-underscore"),
    pytest.param("\n\n  \n. . .\n", id="blank-paragraphs"),
])
def test_sentence_splitting_is_unchanged(text):
    assert _new(text) == _old_sentences(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aM U.s!?…»)\"( \n_é1Dr", max_size=80))
def test_sentence_splitting_is_unchanged_on_any_text(text):
    assert _new(text) == _old_sentences(text)


@pytest.mark.parametrize("chunk,stop,expected", [
    pytest.param("Il a vu M. Dupont", 9, "M", id="one-letter"),
    pytest.param("in the U.S. army", 10, "U.S", id="dotted"),
    pytest.param("Fin!", 3, "", id="not-a-full-stop"),
    pytest.param(".", 0, "", id="nothing-before"),
    pytest.param("a b. c", 3, "b", id="stops-at-a-space"),
])
def test_word_before_a_full_stop(chunk, stop, expected):
    assert _word_before(chunk, stop) == expected


def test_long_paragraph_splits_like_before():
    text = " ".join(f"Sentence {i} names Dr. Who and M. X in the U.S. today." for i in range(300))
    assert _new(text) == _old_sentences(text)
    assert len(sentences(text)) == 300


def test_import_geo_imports_neither_geopandas_nor_folium():
    code = ("import sys, geo; bad = [m for m in ('geopandas', 'folium', 'offlinefolium', 'pandas') if m in sys.modules];"
            "print(','.join(bad) or 'none')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout.strip()
    assert out == "none"


def test_page_is_the_same_without_re_templating():
    """Elements rendered as plain text (no second Jinja compile) give the same page, also
    when the article carries template syntax."""
    from geo.extract.pipeline import extract
    from geo.render import _templates, render_html

    text = ("Selon l'armée, les combattants ont quitté Raqqa vers Palmyre le 3 novembre. "
            "Des frappes ont visé Deir ez-Zor {{ 7*7 }} {% raw %} {# x #}.\r\nFin.")
    fc = extract(text, "2017-11-14", "fr")
    fast = render_html(fc)
    # the same page with branca's re-templating: no plain-text elements inside the call
    with patch.object(_templates, "BRANCA_VERSIONS", ()):
        slow = render_html(fc)
    assert fast == slow
    assert "&#123;&#123; 7*7 &#125;&#125;" in fast


@pytest.mark.slow
def test_context_layers_from_the_cache_are_the_decoded_ones(tmp_path, monkeypatch):
    from geo.render import context

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    context.context_data.cache_clear()
    try:
        decoded = context.context_layers((40.5, 34.0, 41.5, 35.0))
        assert context.cache_path().exists()
        context.context_data.cache_clear()
        cached = context.context_layers((40.5, 34.0, 41.5, 35.0))
    finally:
        context.context_data.cache_clear()
    assert cached == decoded
    assert len(decoded["towns"]["features"]) > 10 and decoded["rivers"]["features"] and decoded["borders"]["features"]


@pytest.mark.parametrize("source,ref", [
    pytest.param("country", "FRA", id="france"),
    pytest.param("country", "SYR", id="syria"),
    pytest.param("country", "RUS", id="russia-multipolygon"),
    pytest.param("country", "NOPE", id="no-such-country"),
    pytest.param("geonames", "1", id="a-town-has-no-outline"),
])
def test_outline_table_gives_what_the_index_query_gave(source, ref):
    from geo.gazetteer import outline
    from geo.gazetteer.index import load_index

    index = load_index()
    expected, got = index.geometry(source, ref), outline(index, source, ref)
    assert (got is None) == (expected is None)
    if expected is not None:
        assert got.wkb == expected.wkb


def test_every_region_outline_comes_from_the_table_as_from_the_query():
    """Also where two regions share a code (the query gave the first row)."""
    import sqlite3

    from geo.gazetteer import _outline_table, outline
    from geo.gazetteer.index import load_index

    index = load_index()
    refs = [r for s, r in _outline_table(str(index.path)) if s == "region"]
    db = sqlite3.connect(str(index.path))
    shared = {r for (r,) in db.execute("SELECT ref FROM place WHERE source = 'region' GROUP BY ref HAVING count(*) > 1")}
    db.close()
    assert refs and shared
    for ref in sorted(shared) + refs[:: max(1, len(refs) // 30)]:  # the query is a full scan: a sample
        assert outline(index, "region", ref).wkb == index.geometry("region", ref).wkb, ref


def _reference_layers(bounds, margin=2.0):
    """The context borders and rivers as they were cut before issue 14 (full outlines cut,
    then borders simplified by 0.005 degree; rivers as they are; 0.001 degree grid)."""
    import numpy as np
    import shapely
    from shapely.geometry import box, mapping

    from geo.render.context import context_data

    data = context_data()
    minx, miny, maxx, maxy = bounds
    area = box(minx - margin, miny - margin, maxx + margin, maxy + margin)
    borders = []
    for name, wkb in zip(data.country_names, data.country_wkb, strict=True):
        outline = shapely.simplify(shapely.from_wkb(wkb).intersection(area), 0.005)
        if not outline.is_empty:
            borders.append({"type": "Feature", "properties": {"name": name}, "geometry": mapping(shapely.set_precision(outline, 0.001))})
    rivers = []
    for i in range(len(data.river_start) - 1):
        part = shapely.LineString(data.river_coords[data.river_start[i] : data.river_start[i + 1]]).intersection(area)
        if not part.is_empty:
            rivers.append({"type": "Feature", "properties": {"name": "river"}, "geometry": mapping(shapely.set_precision(part, 0.001))})
    assert isinstance(data.river_coords, np.ndarray)
    return borders, rivers


@pytest.mark.slow
@pytest.mark.parametrize("bounds", [
    pytest.param((40.5, 34.0, 41.5, 35.0), id="the-seed's-story"),
    pytest.param((36.0, 33.0, 39.5, 36.5), id="a-few-degrees"),
])
def test_context_of_a_small_map_is_cut_as_before(bounds):
    from geo.render.context import context_layers

    layers = context_layers(bounds)
    borders, rivers = _reference_layers(bounds)
    assert layers["borders"]["features"] == borders and borders
    assert layers["rivers"]["features"] == rivers and rivers


def test_context_of_a_world_map_is_simplified_to_its_zoom():
    """A story spanning the world: borders and rivers still there, written on a 0.1 degree
    grid, with far fewer points than at full resolution."""
    import shapely
    from shapely.geometry import shape

    from geo.render.context import context_layers

    layers = context_layers((-120.0, -30.0, 120.0, 60.0))
    assert len(layers["borders"]["features"]) > 100 and len(layers["rivers"]["features"]) > 100
    coords = [shapely.get_coordinates(shape(f["geometry"])) for k in ("borders", "rivers") for f in layers[k]["features"]]
    points = sum(len(c) for c in coords)
    assert points < 60_000
    assert all(abs(v * 10 - round(v * 10)) < 1e-6 for c in coords for v in c.ravel())


def _old_fold(s):
    import unicodedata

    from geo.text import _FOLD_TABLE

    s = unicodedata.normalize("NFKD", s.translate(_FOLD_TABLE))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _old_fold_aligned(s):
    return "".join((_old_fold(c) or " ")[0] for c in s)


@pytest.mark.parametrize("text", [
    pytest.param("L’Euphrate – Deïr ez-Zor", id="apostrophe-dash-diaeresis"),
    pytest.param("Straße ﬁn ½ Ǆ ΣΑΣ ς İstanbul", id="ligature-fraction-digraph-sigma-dotted-i"),
    pytest.param("e\u0301\u0327 a\u0308\u0304 ạ̈ 한국 ﾊﾟ", id="stacked-marks-hangul-halfwidth"),
    pytest.param("دير الزور \u064e\u0650 עִברִית", id="arabic-hebrew-points"),
])
def test_fold_is_unchanged(text):
    from geo.text import fold, fold_aligned

    assert fold(text) == _old_fold(text)
    assert fold_aligned(text) == _old_fold_aligned(text)
    assert fold(text) == fold(text)  # the second time from the table


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_fold_is_unchanged_on_any_text(text):
    from geo.text import fold, fold_aligned, token_key

    assert fold(text) == _old_fold(text)
    assert fold_aligned(text) == _old_fold_aligned(text)
    assert len(fold_aligned(text)) == len(text)
    assert token_key(text) == re.sub(r"(\w)\1+", r"\1", _old_fold(text).replace("ou", "u"))


def test_stable_ids_renumber_as_before():
    import random

    from geo.render import stable_ids

    rnd = random.Random(3)
    hexes = ["".join(rnd.choice("0123456789abcdef") for _ in range(n)) for n in (31, 32, 32, 33, 64, 5)]
    parts = []
    for _ in range(300):
        h = rnd.choice(hexes)
        parts.append(rnd.choice(["map_", "var x_", " ", "#", "g", "0", "\n", ""]) + h)
    page = "".join(parts)
    ids = {}
    old = re.sub(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])", lambda m: ids.setdefault(m.group(), f"{len(ids) + 1:032x}"), page)
    assert stable_ids(page, {h for h in hexes if len(h) == 32}) == old
    assert "00000000000000000000000000000001" in old


def test_batch_page_renumbers_folium_ids_but_not_the_data():
    import json as _json

    from geo.render.batch import render_batch_html

    hex_id = "0123456789abcdef0123456789abcdef"
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kind": "place", "id": hex_id, "name": "A"}, "geometry": {"type": "Point", "coordinates": [40.9, 34.4]}},
    ]}
    page = render_batch_html(fc)
    data = page.split('<script type="application/json" id="geo-data">', 1)[1].split("</script>", 1)[0]
    assert _json.loads(data)["features"][0]["properties"]["id"] == hex_id
    assert "map_00000000000000000000000000000001" in page
    assert render_batch_html(fc) == page


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\t'-\u00a0ab", max_size=8))
def test_joinable_is_unchanged(gap):
    from geo.text import _JOINER_RE, Token, joinable

    text = "x" + gap + "y"
    left, right = Token("x", 0, 1), Token("y", len(text) - 1, len(text))
    assert joinable(text, left, right) == bool(_JOINER_RE.match(gap))
