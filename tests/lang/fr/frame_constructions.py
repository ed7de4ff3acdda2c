"""French sentences of tests/extract/test_frame_constructions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

WHAT_THEY_FLEE_IS_LOCATED_WHERE_THEY_LEAVE = [
    pytest.param("Des milliers de familles ont fui les violences à Raqqa.", ("raqqa", None), id="fui-les-violences-a"),
]

A_PHRASE_THAT_LOCATES_NOTHING_GIVES_NO_ORIGIN = [
    pytest.param("Ils ont tout abandonné en fuyant la guerre face à la Syrie.", id="face-a"),
]

AN_ARABIC_ARTICLE_IN_A_NAME_IS_NO_MARKER = [
    pytest.param("Les familles ont fui Al-Qaim vers Bagdad.", ("al-qaim", "baghdad"), id="al"),
]

AN_INSERTED_SOURCE_DOES_NOT_PUSH_THE_GOAL_OUT_OF_REACH = [
    pytest.param("Des milliers de familles sont arrivées, selon les Nations unies, au Tchad.", (None, "country:TCD"), id="selon"),
]

A_COUNTRY_WITH_ITS_ARTICLE_AFTER_IN_IS_A_GOAL_IN_GERMAN = [
    pytest.param("Des milliers de familles ont fui l'Érythrée vers le Soudan.", ("country:ERI", "country:SDN"), id="vers-le"),
]

WHERE_A_CLAUSE_BEFORE_BUT_PLACES_THEM_IS_WHERE_THEY_MOVE_FROM = [
    pytest.param("La famille vivait à Alep mais elle est retournée à Raqqa en 2019.", id="mais"),
]

THE_LEFT_BANK_IS_NO_DEPARTURE = [
    pytest.param("Les troupes tiennent toujours la rive gauche du Dniepr près de Kherson.", id="rive-gauche"),
]

A_PLACE_AN_APPOSITION_INTRODUCES_SHARES_THE_ROLE = [
    pytest.param("Les troupes ont quitté plusieurs villes, notamment Raqqa.", id="notamment"),
]

THE_PLACE_AN_EVACUATION_EMPTIES_IS_ITS_ORIGIN = [
    pytest.param("L'évacuation de Marioupol s'est poursuivie tout le lundi.", ("geonames:701822", None), id="evacuation-of"),
]
