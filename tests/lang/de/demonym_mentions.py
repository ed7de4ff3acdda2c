"""Country adjectives as mentions in this language (tests/extract/test_demonym_mentions.py)."""

import pytest

AN_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_COUNTRY = [
    pytest.param("Sudanesische Beamte besuchten am Montag Abéché. Der Sudan schloss später den Übergang.", "Sudanesische"),
]
AN_ADJECTIVE_ALONE_MAKES_NO_PLACE = [
    pytest.param("Sudanesische Beamte besuchten am Montag Abéché."),
]
AN_ADJECTIVE_WITH_A_PLACE_NOUN_IS_A_PLACE = [
    pytest.param("Der Konvoi wartete auf sudanesischem Gebiet bei Abéché.", "sudanesischem"),
]
A_CONTINENT_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_CONTINENT = [
    pytest.param('Afrikanische Staaten trafen sich am Montag in Afrika.', 'Afrikanische'),
]
