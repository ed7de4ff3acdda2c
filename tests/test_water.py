"""Rivers, lakes and seas by name (issue 12): the words say water, a town of the same
name stays a town, a named major river is a line. Every sentence here was written for
these tests."""

from __future__ import annotations

import json

import pytest
from shapely.geometry import Point, shape

from geo.extract.pipeline import extract
from geo.resources import data_file


def places(text: str, lang: str) -> list[dict]:
    return [f for f in extract(text, "2024-03-01", lang)["features"] if f["properties"]["kind"] == "place"]


def kinds(text: str, lang: str) -> dict[str, str]:
    return {f["properties"]["name"]: f["properties"]["place_kind"] for f in places(text, lang)}


@pytest.mark.parametrize(
    "lang, text",
    [
        pytest.param("en", "Engineers crossed the Dnipro before dawn.", id="en-crossed-the"),
        pytest.param("en", "Villages on the banks of the Dnipro were emptied.", id="en-banks-of"),
        pytest.param("en", "The Dnipro river rose after the storm.", id="en-river-after"),
        pytest.param("fr", "Les sapeurs ont franchi le Dniepr avant l'aube.", id="fr-franchi-le"),
        pytest.param("fr", "Les villages sur la rive gauche du Dniepr ont été vidés.", id="fr-rive-du"),
        pytest.param("de", "Die Pioniere überquerten den Dnepr vor dem Morgengrauen.", id="de-ueberquerten-den"),
        pytest.param("it", "I genieri hanno attraversato il Dnepr prima dell'alba.", id="it-attraversato-il"),
        pytest.param("pt", "Os sapadores atravessaram o Dnipro antes do amanhecer.", id="pt-atravessaram-o"),
        pytest.param("es", "Los zapadores cruzaron el Dniéper antes del amanecer.", id="es-cruzaron-el"),
    ],
)
def test_the_words_make_a_river_of_a_name_that_is_also_a_city(lang, text):
    assert kinds(text, lang) == {"Dnipro River": "river"}


@pytest.mark.parametrize(
    "lang, text",
    [
        pytest.param("en", "Shelling hit Dnipro on Monday.", id="en"),
        pytest.param("fr", "Des frappes ont touché Dnipro lundi.", id="fr"),
        pytest.param("de", "Raketen trafen Dnipro am Montag.", id="de"),
        pytest.param("es", "Los misiles alcanzaron Dnipró el lunes.", id="es"),
    ],
)
def test_without_such_words_the_city_stays_a_city(lang, text):
    (f,) = places(text, lang)
    assert f["properties"]["place_kind"] == "town"
    assert shape(f["geometry"]).distance(Point(35.04, 48.45)) < 0.2  # the city, not the river


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        pytest.param("fr", "Des réfugiés sont arrivés au Niger.", "country", id="fr-au-country"),
        pytest.param("en", "Aid reached the Republic of the Congo on Friday.", None, id="en-inside-a-country-name"),
        pytest.param("fr", "Les pirogues ont descendu le fleuve Niger.", "river", id="fr-fleuve-noun"),
        pytest.param("en", "Barges went down the Niger River.", "river", id="en-river-noun"),
    ],
)
def test_a_country_of_the_same_name_needs_a_water_word(lang, text, expected):
    got = set(kinds(text, lang).values())
    assert ("river" in got) == (expected == "river")
    if expected == "country":
        assert got == {"country"}


@pytest.mark.parametrize(
    "lang, text",
    [
        pytest.param("en", "Fishermen on Lake Chad lost their nets.", id="en"),
        pytest.param("fr", "Les pêcheurs du lac Tchad ont perdu leurs filets.", id="fr"),
        pytest.param("de", "Die Fischer am Tschadsee verloren ihre Netze.", id="de"),
        pytest.param("it", "I pescatori del lago Ciad hanno perso le reti.", id="it"),
        pytest.param("pt", "Os pescadores do lago Chade perderam as redes.", id="pt"),
        pytest.param("es", "Los pescadores del lago Chad perdieron sus redes.", id="es"),
    ],
)
def test_a_lake_by_name(lang, text):
    (f,) = [f for f in places(text, lang) if f["properties"]["place_kind"] == "lake"]
    assert f["properties"]["name"] == "Lake Chad"
    assert shape(f["geometry"]).distance(Point(14.3, 13.3)) < 1.0
    assert "Chad" not in kinds(text, lang)  # not the country


@pytest.mark.parametrize(
    "lang, text, name",
    [
        pytest.param("en", "The boat capsized in the Mediterranean last week.", "Mediterranean Sea", id="en-short-with-article"),
        pytest.param("en", "Ferries crossed the Aegean Sea all summer.", "Aegean Sea", id="en-full-name"),
        pytest.param("fr", "Le bateau a chaviré en Méditerranée.", "Mediterranean Sea", id="fr-en"),
        pytest.param("de", "Das Boot kenterte im Mittelmeer.", "Mediterranean Sea", id="de-compound"),
        pytest.param("it", "La barca si è rovesciata nel Mediterraneo.", "Mediterranean Sea", id="it-nel"),
        pytest.param("pt", "O barco virou no Mediterrâneo.", "Mediterranean Sea", id="pt-no"),
        pytest.param("es", "El barco volcó en el Mediterráneo.", "Mediterranean Sea", id="es-en-el"),
    ],
)
def test_a_sea_by_name_is_a_point_with_a_sea_wide_precision(lang, text, name):
    (f,) = [f for f in places(text, lang) if f["properties"]["place_kind"] == "sea"]
    assert f["properties"]["name"] == name
    assert f["geometry"]["type"] == "Point" and f["properties"]["precision_km"] >= 300


def test_a_name_that_only_looks_like_water_is_not_water():
    assert kinds("Mediterranean cooking is popular in Ohio.", "en") == {"Ohio": "region"}


@pytest.mark.parametrize(
    "lang, text, near",
    [
        pytest.param("en", "Barges moved along the Rhine past Cologne.", (6.96, 50.94), id="en-rhine"),
        pytest.param("de", "Schiffe fuhren auf dem Rhein bei Köln.", (6.96, 50.94), id="de-rhein"),
        pytest.param("fr", "Les péniches remontaient le Danube vers Vienne.", (16.37, 48.21), id="fr-danube"),
    ],
)
def test_a_named_major_river_is_a_line(lang, text, near):
    (f,) = [f for f in places(text, lang) if f["properties"]["place_kind"] == "river"]
    assert f["geometry"]["type"] in ("LineString", "MultiLineString")
    assert shape(f["geometry"]).distance(Point(near)) < 0.1


def test_a_river_without_a_line_is_a_point_with_an_honest_precision():
    (f,) = places("Engineers crossed the Dnipro before dawn.", "en")
    assert f["geometry"]["type"] == "Point"
    assert f["properties"]["precision_km"] >= 100  # the point stands for hundreds of km of river
    assert "point on the river" in f["properties"]["source"]


def test_every_water_place_has_its_kind_and_every_language():
    fc = json.loads(data_file("water.geojson").read_text(encoding="utf-8"))
    assert len(fc["features"]) >= 50
    for f in fc["features"]:
        p = f["properties"]
        assert p["kind"] in ("river", "lake", "sea")
        assert set(p["names"]) >= {"en", "fr", "de", "it", "pt", "es"} or p["id"] in ("po",), p["id"]
