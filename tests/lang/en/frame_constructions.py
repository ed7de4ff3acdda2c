"""English sentences of tests/extract/test_frame_constructions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

WHAT_THEY_FLEE_IS_LOCATED_WHERE_THEY_LEAVE = [
    pytest.param("Thousands of families fled the violence in Raqqa last week.", ("raqqa", None), id="fled-the-violence-in"),
    pytest.param("Hundreds escaped the floods in Aleppo on Monday.", ("aleppo", None), id="escaped-the-floods-in"),
    pytest.param("The families left their homes in the old city of Aleppo.", ("aleppo", None), id="left-their-homes-in"),
]

A_PHRASE_THAT_LOCATES_NOTHING_GIVES_NO_ORIGIN = [
    pytest.param("The storm left 12 dead in Aleppo before it weakened.", id="left-n-dead-in"),
]

AN_ARABIC_ARTICLE_IN_A_NAME_IS_NO_MARKER = [
    pytest.param("The families fled Al-Qaim for Baghdad.", ("al-qaim", "baghdad"), id="al"),
]

AN_INSERTED_SOURCE_DOES_NOT_PUSH_THE_GOAL_OUT_OF_REACH = [
    pytest.param("Thousands of families fled, according to aid workers from the region, to Uganda.", (None, "country:UGA"), id="according-to-between-commas"),
]

A_COUNTRY_WITH_ITS_ARTICLE_AFTER_IN_IS_A_GOAL_IN_GERMAN = [
    pytest.param("Thousands of families fled from Eritrea into Sudan.", ("country:ERI", "country:SDN"), id="into"),
]

WHERE_A_CLAUSE_BEFORE_BUT_PLACES_THEM_IS_WHERE_THEY_MOVE_FROM = [
    pytest.param("The family lived in Aleppo for years but moved back to Raqqa in 2019.", id="but"),
]

THE_LEFT_BANK_IS_NO_DEPARTURE = [
    pytest.param("Russian troops still hold the left bank of the Dnipro near Kherson.", id="left-bank-of"),
    pytest.param("The army kept its positions on the left bank near Kherson.", id="on-the-left-bank"),
]

A_PLACE_AN_APPOSITION_INTRODUCES_SHARES_THE_ROLE = [
    pytest.param("The troops withdrew from several towns, including Raqqa.", id="including"),
]

THE_PLACE_AN_EVACUATION_EMPTIES_IS_ITS_ORIGIN = [
    pytest.param('The evacuation of Mariupol went on through Monday.', ("geonames:701822", None), id="evacuation-of"),
]
