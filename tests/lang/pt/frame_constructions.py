"""Portuguese sentences of tests/extract/test_frame_constructions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

WHAT_THEY_FLEE_IS_LOCATED_WHERE_THEY_LEAVE = [
    pytest.param("Milhares de famílias fugiram da violência em Raqqa.", ("raqqa", None), id="fugiram-da-violencia-em"),
]

AN_ARABIC_ARTICLE_IN_A_NAME_IS_NO_MARKER = [
    pytest.param("As famílias fugiram de al-Qaim para Bagdá.", ("al-qaim", "baghdad"), id="de-al"),
]

AN_INSERTED_SOURCE_DOES_NOT_PUSH_THE_GOAL_OUT_OF_REACH = [
    pytest.param("Milhares de pessoas chegaram, segundo as Nações Unidas, ao Chade.", (None, "country:TCD"), id="segundo"),
]

A_COUNTRY_WITH_ITS_ARTICLE_AFTER_IN_IS_A_GOAL_IN_GERMAN = [
    pytest.param("Milhares de famílias fugiram da Eritreia para o Sudão.", ("country:ERI", "country:SDN"), id="para-o"),
]

WHERE_A_CLAUSE_BEFORE_BUT_PLACES_THEM_IS_WHERE_THEY_MOVE_FROM = [
    pytest.param("A família morava em Aleppo mas voltou para Raqqa em 2019.", id="mas"),
]

THE_LEFT_BANK_IS_NO_DEPARTURE = [
    pytest.param("As tropas ainda controlam a margem esquerda do Dnipro perto de Kherson.", id="margem-esquerda"),
]

A_PLACE_AN_APPOSITION_INTRODUCES_SHARES_THE_ROLE = [
    pytest.param("As tropas saíram de várias cidades, incluindo Raqqa.", id="incluindo"),
]

THE_PLACE_AN_EVACUATION_EMPTIES_IS_ITS_ORIGIN = [
    pytest.param('A retirada de Mariupol prosseguiu durante toda a segunda-feira.', ("geonames:701822", None), id="evacuation-of"),
]
