"""Portuguese sentences of tests/gazetteer/test_places_from_the_index.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SENTENCE_STARTING_WITH_AN_ARTICLE_KEEPS_THE_NAME_AFTER_IT = [
    pytest.param("O Brasil fechou a fronteira ontem.", "country:BRA", id="article-then-country"),
]

A_REGION_IS_FOUND_BY_ITS_NAME_IN_EACH_LANGUAGE = [
    pytest.param("As chuvas inundaram várias estradas na Carolina do Sul na segunda-feira.", "region:US.SC", id="carolina-do-sul"),
    pytest.param("A tempestade atingiu Nova Gales do Sul e o Território do Norte.", "region:AU.02", id="nova-gales-do-sul"),
]

A_FREQUENT_WORD_JOINED_TO_A_PLACED_TOWN_IS_PLACED = [
    pytest.param("As equipes foram para Recife e Natal ontem.", "geonames:3394023", id="e-natal"),
    pytest.param("As equipas foram para Braga e Porto ontem.", "geonames:2735943", id="e-porto"),
]

A_TOWNS_OTHER_NAME_ABROAD_THAT_NOTHING_PLACES_GIVES_NO_PIN = [
    pytest.param(
        "As cheias no Quénia cortaram a estrada para Nakuru. A sua irmã, Julia, assumiu a busca pelo rapaz.",
        "geonames:728193", id="a-first-name-that-is-an-old-name-of-a-city",
    ),
    pytest.param(
        "O comboio, escoltado pelo grupo tático Phénix, chegou a Nakuru vindo de Nairobi, no Quénia.",
        "geonames:5308655", id="a-unit-named-like-a-citys-exonym",
    ),
]

A_NAME_READ_AS_ONE_COUNTRY_IS_NO_VOTE_FOR_ANOTHER = [
    pytest.param(
        "Homens armados atacaram um comboio entre Bankass e Pategi, no centro do Mali, não longe do Níger.",
        "geonames:2324960", id="niger-the-country-is-no-vote-for-nigeria",
    ),
]

# The CLDR's names of time-zone cities and of countries (data/exonyms.json, scripts/build_exonyms.py)
CLDR_NAMES = [
    pytest.param("A delegação chegou a Helsinque na terça-feira.", "geonames:658225", id="helsinque"),
    pytest.param("Os técnicos viajaram para o Tadjiquistão.", "country:TJK", id="tadjiquistao"),
]

# a frequent word opening a sentence that is another name of a big town (not its own name)
A_FREQUENT_WORD_OPENING_A_SENTENCE_IS_NO_TOWNS_OTHER_NAME = [
    pytest.param("Terão de esperar mais uma semana pelo resultado do exame.", id="verb-Terao"),
]
