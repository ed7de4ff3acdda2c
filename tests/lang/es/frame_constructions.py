"""Spanish sentences of tests/extract/test_frame_constructions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

WHAT_THEY_FLEE_IS_LOCATED_WHERE_THEY_LEAVE = [
    pytest.param("Miles de familias huyeron de la violencia en Raqqa.", ("raqqa", None), id="huyeron-de-la-violencia-en"),
]

AN_ARABIC_ARTICLE_IN_A_NAME_IS_NO_MARKER = [
    pytest.param("Los civiles huyeron de Al-Bab hacia Alepo.", ("geonames:174018", "aleppo"), id="de-al-hyphen"),
    pytest.param("Las familias salieron de al-Qaim.", ("al-qaim", None), id="de-al-lower"),
]

AN_INSERTED_SOURCE_DOES_NOT_PUSH_THE_GOAL_OUT_OF_REACH = [
    pytest.param("Miles de personas llegaron, según las Naciones Unidas, a Chad.", (None, "country:TCD"), id="segun"),
]

A_COUNTRY_WITH_ITS_ARTICLE_AFTER_IN_IS_A_GOAL_IN_GERMAN = [
    pytest.param("Miles de familias huyeron de Eritrea hacia Sudán.", ("country:ERI", "country:SDN"), id="hacia"),
]

WHERE_A_CLAUSE_BEFORE_BUT_PLACES_THEM_IS_WHERE_THEY_MOVE_FROM = [
    pytest.param("La familia vivía en Alepo pero regresó a Raqqa en 2019.", id="pero"),
]

THE_LEFT_BANK_IS_NO_DEPARTURE = [
    pytest.param("Las tropas aún controlan la orilla izquierda del Dniéper cerca de Jersón.", id="orilla-izquierda"),
]

A_PLACE_AN_APPOSITION_INTRODUCES_SHARES_THE_ROLE = [
    pytest.param("Las tropas salieron de varias ciudades, incluida Raqqa.", id="incluida"),
]

THE_PLACE_AN_EVACUATION_EMPTIES_IS_ITS_ORIGIN = [
    pytest.param('La evacuación de Mariúpol siguió durante todo el lunes.', ("geonames:701822", None), id="evacuation-of"),
]
