"""Spanish sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("Los migrantes llegaron a Zulbarena, un caserío cerca de Medellín.", "Zulbarena", "Medellín", "located_near",
                 id="apposition-cerca-de"),
    pytest.param("Los migrantes llegaron anoche al corregimiento de Zulbarena, en Medellín.", "Zulbarena", "Medellín", "located_in",
                 id="corregimiento-de-en"),
]

A_NAME_THE_WORDS_PUT_ON_A_BORDER = [
    pytest.param("En Colombia, los migrantes llegaron a Zulbarena, en la frontera con Panamá.", "Zulbarena"),
]

WITHOUT_A_PLACE_NOUN_THE_NAME_STAYS_UNRESOLVED = [
    pytest.param("Los migrantes fueron llevados del campamento de Zulbarena a Medellín.", "Zulbarena", id="from-to"),
]

# a name the words place at a distance written in words or after "about" ("some sixty kilometres", "à une
# soixantaine de kilomètres", "à environ 25 km"): the name, the distance in km
A_NAME_AT_A_DISTANCE_IN_WORDS = [
    pytest.param('Las familias huyeron a Kelvorath, a unos sesenta kilómetros al norte de Kassala.', "Kelvorath", 60, id='unos-sesenta'),
    pytest.param('Las familias huyeron a Kelvorath, a una veintena de kilómetros al norte de Kassala.', "Kelvorath", 20, id='una-veintena-de'),
]
