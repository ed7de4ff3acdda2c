"""Italian sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("I profughi sono arrivati a Vortenasco, un villaggio vicino a Kassala.", "Vortenasco", "Kassala", "located_near",
                 id="apposition-vicino-a"),
    pytest.param("I profughi sono stati portati a Vortenasco, una frazione nella provincia di Kassala.", "Vortenasco", "Kassala",
                 "located_in", id="apposition-nella-di"),
]

WITHOUT_A_PLACE_NOUN_THE_NAME_STAYS_UNRESOLVED = [
    pytest.param("Le famiglie sono state portate dal campo di Vortenasco a Kassala.", "Vortenasco", id="from-to"),
]

# a name the words place at a distance written in words or after "about" ("some sixty kilometres", "à une
# soixantaine de kilomètres", "à environ 25 km"): the name, the distance in km
A_NAME_AT_A_DISTANCE_IN_WORDS = [
    pytest.param('Le famiglie sono fuggite a Kelvorath, a una sessantina di chilometri a nord di Kassala.', "Kelvorath", 60, id='una-sessantina-di'),
    pytest.param('Le famiglie sono fuggite a Kelvorath, a circa 25 chilometri a nord di Kassala.', "Kelvorath", 25, id='a-circa-25'),
]
