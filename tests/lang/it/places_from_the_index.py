"""Italian sentences of tests/gazetteer/test_places_from_the_index.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SENTENCE_STARTING_WITH_AN_ARTICLE_KEEPS_THE_NAME_AFTER_IT = [
    pytest.param("Il Messico ha chiuso il confine ieri.", "country:MEX", id="article-then-country"),
    pytest.param("Il Texas ha chiuso le scuole.", "region:US.TX", id="article-then-region"),
]

A_REGION_IS_FOUND_BY_ITS_NAME_IN_EACH_LANGUAGE = [
    pytest.param("Le piogge hanno allagato diverse strade in Carolina del Sud ieri.", "region:US.SC", id="carolina-del-sud"),
    pytest.param("Le proteste si sono estese dalla Lombardia alla Toscana.", "region:IT.16", id="toscana"),
]

A_FREQUENT_WORD_JOINED_TO_A_PLACED_TOWN_IS_PLACED = [
    pytest.param("Le squadre sono andate verso Lecco e Como ieri.", "geonames:3178229", id="e-como"),
]

A_TOWNS_OTHER_NAME_ABROAD_THAT_NOTHING_PLACES_GIVES_NO_PIN = [
    pytest.param(
        "Le inondazioni in Kenya hanno tagliato la strada per Nakuru. Sua sorella, Julia, ha preso in mano la ricerca del ragazzo.",
        "geonames:728193", id="a-first-name-that-is-an-old-name-of-a-city",
    ),
    pytest.param(
        "Il convoglio, scortato dal gruppo tattico Phénix, ha raggiunto Nakuru da Nairobi, in Kenya.",
        "geonames:5308655", id="a-unit-named-like-a-citys-exonym",
    ),
]

A_NAME_READ_AS_ONE_COUNTRY_IS_NO_VOTE_FOR_ANOTHER = [
    pytest.param(
        "Uomini armati hanno attaccato un convoglio tra Bankass e Pategi, nel centro del Mali, non lontano dal Niger.",
        "geonames:2324960", id="niger-the-country-is-no-vote-for-nigeria",
    ),
]

# The CLDR's names of time-zone cities and of countries (data/exonyms.json, scripts/build_exonyms.py)
CLDR_NAMES = [
    pytest.param("Il ministro è partito lunedì per gli Stati Uniti.", "country:USA", id="stati-uniti"),
    pytest.param("La delegazione è arrivata in Cechia.", "country:CZE", id="cechia"),
]

# a frequent word opening a sentence that is another name of a big town (not its own name)
A_FREQUENT_WORD_OPENING_A_SENTENCE_IS_NO_TOWNS_OTHER_NAME = [
    pytest.param("Pensi davvero che il treno arriverà in orario stasera?", id="verb-Pensi"),
]
