"""Portuguese sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("As famílias foram levadas para Morvandela, um bairro em Canoas.", "Morvandela", "Canoas", "located_in",
                 id="apposition-em"),
    pytest.param("Os moradores foram levados para Morvandela, bairro perto de Canoas.", "Morvandela", "Canoas", "located_near",
                 id="bairro-perto-de"),
    pytest.param("Os moradores foram levados para o bairro de Morvandela, em Canoas.", "Morvandela", "Canoas", "located_in",
                 id="bairro-de-em"),
]

# a name the words place at a distance written in words or after "about" ("some sixty kilometres", "à une
# soixantaine de kilomètres", "à environ 25 km"): the name, the distance in km
A_NAME_AT_A_DISTANCE_IN_WORDS = [
    pytest.param('As famílias fugiram para Kelvorath, a cerca de sessenta quilómetros ao norte de Kassala.', "Kelvorath", 60, id='cerca-de-sessenta'),
    pytest.param('As famílias fugiram para Kelvorath, a uns 25 km ao norte de Kassala.', "Kelvorath", 25, id='a-uns-25'),
]
