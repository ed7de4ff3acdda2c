"""French sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("Des centaines de familles ont fui vers Tivralenz, un village près de Mopti.", "Tivralenz", "Mopti", "located_near",
                 id="apposition-pres-de"),
    pytest.param("Les déplacés sont arrivés au camp de Tivralenz, au Tchad.", "Tivralenz", "Chad", "located_in", id="camp-de-au-pays"),
    pytest.param("Les rescapés sont arrivés à Tivralenz, village d'une île malienne.", "Tivralenz", "Mali", "located_by_adjective",
                 id="apposition-adjective"),
]

WITHOUT_A_PLACE_NOUN_THE_NAME_STAYS_UNRESOLVED = [
    pytest.param("Les familles sont parties du camp de Tivralenz au Tchad.", "Tivralenz", id="from-to-no-comma"),
    pytest.param("Les familles ont fui vers Tivralenz à Mopti.", "Tivralenz", id="no-noun"),
]

A_NAME_THE_WORDS_PUT_ON_A_BORDER = [
    pytest.param("Au Tchad, les réfugiés sont arrivés à Kelvorath, à la frontière avec le Soudan.", "Kelvorath"),
]

# a name the words place at a distance written in words or after "about" ("some sixty kilometres", "à une
# soixantaine de kilomètres", "à environ 25 km"): the name, the distance in km
A_NAME_AT_A_DISTANCE_IN_WORDS = [
    pytest.param('Les familles ont fui vers Kelvorath, à une soixantaine de kilomètres au nord de Kassala.', "Kelvorath", 60, id='une-soixantaine-de'),
    pytest.param('Les familles ont fui vers Kelvorath, à environ 25 km au nord de Kassala.', "Kelvorath", 25, id='a-environ-25'),
]
