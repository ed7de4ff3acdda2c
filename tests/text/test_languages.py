"""The languages geo reads are those with a lexicon (``geo/lexicon/<lang>.toml``): a text in
another language is told so in one line naming them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.cli import main
from geo.text import SUPPORTED_LANGS

RUSSIAN = "Колонна беженцев вчера покинула Херсон и направилась в сторону Одессы."
ARABIC = "غادرت قافلة اللاجئين مدينة حلب أمس متجهة نحو الحدود التركية."


@pytest.mark.parametrize("text", [pytest.param(RUSSIAN, id="russian"), pytest.param(ARABIC, id="arabic")])
def test_a_text_in_a_language_without_a_lexicon_gets_one_line_and_exit_2(tmp_path, capsys, text):
    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("old", encoding="utf-8")  # an earlier output stays as it was
    assert main(["--text", str(art), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "none of the languages geo reads" in err and all(f"{lang} (" in err for lang in SUPPORTED_LANGS)
    assert "--lang" not in err and "French" in err
    assert (out / "map.html").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in out.iterdir()) == ["map.html"]


def test_an_unknown_language_code_names_the_languages_geo_reads(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("The convoy left the town.", encoding="utf-8")
    assert main(["--text", str(art), "--lang", "ru", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"unknown language 'ru': expected one of {', '.join(SUPPORTED_LANGS)}" in err and err.count("\n") == 1


# --- Dutch: a seventh language, added as one file (geo/lexicon/nl.toml) ---------------------

DUTCH_ARTICLE = (
    "Duizenden burgers zijn vorige week uit Raqqa gevlucht, meldden de Verenigde Naties. "
    "De vluchtelingen trokken via Tabqa naar Aleppo, waar ze onderdak vonden in kampen. "
    "Het leger rukte zaterdag op naar Deir ez-Zor."
)


def test_dutch_is_read_as_dutch():
    from geo.text import detect_language

    assert "nl" in SUPPORTED_LANGS
    assert detect_language(DUTCH_ARTICLE) == "nl"
    assert detect_language("De troepen hebben de stad verlaten en zijn naar de grens gereden.") == "nl"


def test_a_dutch_article_gives_places_and_movements():
    from geo.extract.pipeline import extract

    fc = extract(DUTCH_ARTICLE, "2017-11-14")
    assert fc["geo"]["lang"] == "nl"
    props = [f["properties"] for f in fc["features"]]
    places = {p["id"] for p in props if p["kind"] == "place"}
    assert {"raqqa", "aleppo"} <= places
    moves = {(p["from"], p["to"]) for p in props if p["kind"] == "movement"}
    assert ("raqqa", "aleppo") in moves or ("raqqa", None) in moves
    assert any(to == "aleppo" for _, to in moves)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("De troepen trokken zich maandag uit Raqqa terug.", [("raqqa", None)], id="separable-verb-split"),
        pytest.param("De rebellen hebben Homs verlaten.", [("homs", None)], id="object-before-verb"),
        pytest.param("Het konvooi bereikte Aleppo.", [(None, "aleppo")], id="reach"),
        pytest.param("Het konvooi is vanuit Damascus via Homs naar Aleppo gereden.", [("damascus", "aleppo")], id="from-via-to"),
        pytest.param("Zij keerden vanuit Libanon terug naar Homs.", [("country:LBN", "homs")], id="back-to"),
        pytest.param("Het leger rukte zaterdag op naar Deir ez-Zor.", [(None, "deir-ez-zor")], id="advance-particle"),
        pytest.param("Duizenden mensen vluchtten uit het noorden van Mali.", [("country:MLI~north", None)], id="compass-part"),
    ],
)
def test_dutch_movement_constructions(text, expected):
    from geo.extract.pipeline import extract

    fc = extract(text, "2017-11-14", "nl")
    assert [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"] == expected


def test_a_dutch_time_word_dates_the_claim():
    import datetime as dt

    from geo.extract.dates import find_time
    from geo.text.document import build_document

    t = find_time(build_document("Drie dagen geleden zijn de bussen uit Homs vertrokken.", "nl"), 0, dt.date(2017, 11, 14))
    assert t is not None and t.start == dt.date(2017, 11, 11)


def test_a_dutch_article_makes_a_map_from_the_command_line(tmp_path, capsys):
    import json

    art = tmp_path / "a.txt"
    art.write_text(DUTCH_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--text", str(art), "--published", "2017-11-14", "--out", str(out)]) == 0, capsys.readouterr().err
    fc = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert fc["geo"]["lang"] == "nl"
    assert any(f["properties"]["kind"] == "movement" for f in fc["features"])
    assert (out / "map.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
