"""Italian sentences of tests/extract/test_frame_constructions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

WHAT_THEY_FLEE_IS_LOCATED_WHERE_THEY_LEAVE = [
    pytest.param("Migliaia di famiglie sono fuggite dalle violenze a Raqqa.", ("raqqa", None), id="fuggite-dalle-violenze-a"),
]

A_PHRASE_THAT_LOCATES_NOTHING_GIVES_NO_ORIGIN = [
    pytest.param("Sono fuggiti dalla guerra grazie a Raqqa e ai suoi volontari.", id="grazie-a"),
]

AN_ARABIC_ARTICLE_IN_A_NAME_IS_NO_MARKER = [
    pytest.param("Molte famiglie sono partite da al-Qaim.", ("al-qaim", None), id="da-al-lower"),
    pytest.param("I civili sono fuggiti da Al Bab verso Aleppo.", ("geonames:174018", "aleppo"), id="da-al-spaced"),
]

AN_INSERTED_SOURCE_DOES_NOT_PUSH_THE_GOAL_OUT_OF_REACH = [
    pytest.param("Migliaia di persone sono arrivate, secondo le Nazioni Unite, in Ciad.", (None, "country:TCD"), id="secondo"),
]

A_COUNTRY_WITH_ITS_ARTICLE_AFTER_IN_IS_A_GOAL_IN_GERMAN = [
    pytest.param("Migliaia di famiglie sono fuggite dall'Eritrea verso il Sudan.", ("country:ERI", "country:SDN"), id="verso-il"),
]

WHERE_A_CLAUSE_BEFORE_BUT_PLACES_THEM_IS_WHERE_THEY_MOVE_FROM = [
    pytest.param("La famiglia viveva ad Aleppo ma è tornata a Raqqa nel 2019.", id="ma"),
]

THE_LEFT_BANK_IS_NO_DEPARTURE = [
    pytest.param("Le truppe tengono ancora la riva sinistra del Dnipro vicino a Kherson.", id="riva-sinistra"),
]

A_PLACE_AN_APPOSITION_INTRODUCES_SHARES_THE_ROLE = [
    pytest.param("Le truppe si sono ritirate da diverse città, tra cui Raqqa.", id="tra-cui"),
]

THE_PLACE_AN_EVACUATION_EMPTIES_IS_ITS_ORIGIN = [
    pytest.param("L'evacuazione di Mariupol è andata avanti per tutto il lunedì.", ("geonames:701822", None), id="evacuation-of"),
]
