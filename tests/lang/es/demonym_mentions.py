"""Country adjectives as mentions in this language (tests/extract/test_demonym_mentions.py)."""

import pytest

AN_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_COUNTRY = [
    pytest.param("Funcionarios sudaneses visitaron Abéché el lunes. Sudán cerró después el paso.", "sudaneses"),
]
AN_ADJECTIVE_ALONE_MAKES_NO_PLACE = [
    pytest.param("Funcionarios sudaneses visitaron Abéché el lunes."),
]
AN_ADJECTIVE_WITH_A_PLACE_NOUN_IS_A_PLACE = [
    pytest.param("El convoy esperaba en territorio sudanés cerca de Abéché.", "sudanés"),
]
A_CONTINENT_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_CONTINENT = [
    pytest.param('Los líderes africanos se reunieron en África el lunes.', 'africanos'),
]
