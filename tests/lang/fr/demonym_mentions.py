"""Country adjectives as mentions in this language (tests/extract/test_demonym_mentions.py)."""

import pytest

AN_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_COUNTRY = [
    pytest.param("Des responsables soudanais ont visité Abéché lundi. Le Soudan a ensuite fermé le passage.", "soudanais"),
]
AN_ADJECTIVE_ALONE_MAKES_NO_PLACE = [
    pytest.param("Des responsables soudanais ont visité Abéché lundi."),
]
AN_ADJECTIVE_WITH_A_PLACE_NOUN_IS_A_PLACE = [
    pytest.param("Le convoi attendait sur le territoire soudanais près d'Abéché.", "soudanais"),
]
A_CONTINENT_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_CONTINENT = [
    pytest.param('Les dirigeants africains se sont réunis en Afrique lundi.', 'africains'),
]
