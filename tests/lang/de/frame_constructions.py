"""German sentences of tests/extract/test_frame_constructions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

WHAT_THEY_FLEE_IS_LOCATED_WHERE_THEY_LEAVE = [
    pytest.param("Tausende Familien flohen vor der Gewalt in Rakka.", ("raqqa", None), id="flohen-vor-der-gewalt-in"),
]

AN_ARABIC_ARTICLE_IN_A_NAME_IS_NO_MARKER = [
    pytest.param("Die Familien flohen aus Al-Kaim nach Bagdad.", ("al-qaim", "baghdad"), id="al"),
]

AN_INSERTED_SOURCE_DOES_NOT_PUSH_THE_GOAL_OUT_OF_REACH = [
    pytest.param("Tausende Menschen sind laut den Vereinten Nationen nach Uganda geflohen.", (None, "country:UGA"), id="laut"),
]

A_COUNTRY_WITH_ITS_ARTICLE_AFTER_IN_IS_A_GOAL_IN_GERMAN = [
    pytest.param("Tausende Familien flohen aus Eritrea in den Sudan.", ("country:ERI", "country:SDN"), id="in-den-sudan"),
    pytest.param("Viele Menschen sind in den Libanon geflohen.", (None, "country:LBN"), id="in-den-libanon-verb-last"),
    pytest.param("Die Kämpfer zogen sich in den Irak zurück.", (None, "iraq"), id="in-den-irak-separable"),
]

WHERE_A_CLAUSE_BEFORE_BUT_PLACES_THEM_IS_WHERE_THEY_MOVE_FROM = [
    pytest.param("Die Familie lebte in Aleppo, aber sie zog 2019 nach Rakka zurück.", id="aber"),
]

THE_LEFT_BANK_IS_NO_DEPARTURE = [
    pytest.param("Die Truppen halten weiter das linke Ufer des Dnipro bei Cherson.", id="linkes-ufer"),
]

A_PLACE_AN_APPOSITION_INTRODUCES_SHARES_THE_ROLE = [
    pytest.param("Die Truppen zogen sich aus mehreren Städten zurück, darunter Rakka.", id="darunter"),
]

THE_PLACE_AN_EVACUATION_EMPTIES_IS_ITS_ORIGIN = [
    pytest.param('Die Evakuierung von Mariupol dauerte den ganzen Montag.', ("geonames:701822", None), id="evacuation-of"),
]
