"""A sentence's first word that is common in the article's language ("Desde", "Hacia") is no
first name: the place after it is not the surname of a person named earlier
(geo/extract/mentions.py: _surnames). Sentences of our own."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        pytest.param("es", "Desde Leópolis, los refugiados siguieron hacia Polonia.", "Lviv", id="es-desde"),
        pytest.param("pt", "Desde Leópolis, os refugiados seguiram para a Polónia.", "Lviv", id="pt-desde"),
        pytest.param("es", "Hacia Leópolis se dirigen los refugiados.", "Lviv", id="es-hacia"),
        pytest.param("it", "Da Leopoli, i profughi hanno proseguito verso la Polonia.", "Lviv", id="it-da"),
    ],
)
def test_a_common_first_word_is_no_first_name(lang, text, name):
    fc = extract(text, "2026-01-01", lang=lang)
    assert name in [f["properties"]["name"] for f in fc["features"] if f["properties"]["kind"] == "place"]


@pytest.mark.parametrize(
    ("lang", "text", "place", "present"),
    [
        # an article and a common noun are no area ("Le bus": the region Lubusz, German "Lebus")
        pytest.param("fr", "Le bus est arrivé à Lviv dans la nuit.", "region:PL.76", False, id="fr-le-bus-no-region"),
        pytest.param("fr", "Ils viennent d'Amérique latine.", "continent:latin-america", True, id="fr-area-with-a-lower-case-word"),
        pytest.param("fr", "Ils viennent d'Arabie saoudite.", "country:SAU", True, id="fr-country-with-a-lower-case-word"),
        # a capital where its speakers are is a place; the capital that speaks is its government
        pytest.param("en", "Officials in Damascus said on Monday that the road was open.", "damascus", True, id="en-officials-in"),
        pytest.param("fr", "Des responsables à Damas ont déclaré lundi que la route était ouverte.", "damascus", True, id="fr-responsables-a"),
        pytest.param("es", "Fuentes en Damasco dijeron el lunes que la carretera estaba abierta.", "damascus", True, id="es-fuentes-en"),
        pytest.param("en", "Damascus said on Monday that the road was open.", "damascus", False, id="en-the-capital-speaks"),
    ],
)
def test_a_place_or_not_by_the_words_around_it(lang, text, place, present):
    fc = extract(text, "2026-01-01", lang=lang)
    assert (place in [f["properties"]["id"] for f in fc["features"]]) is present
