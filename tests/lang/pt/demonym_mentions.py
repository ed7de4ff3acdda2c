"""Country adjectives as mentions in this language (tests/extract/test_demonym_mentions.py)."""

import pytest

AN_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_COUNTRY = [
    pytest.param("Funcionários sudaneses visitaram Abéché na segunda-feira. O Sudão fechou depois a passagem.", "sudaneses"),
]
AN_ADJECTIVE_ALONE_MAKES_NO_PLACE = [
    pytest.param("Funcionários sudaneses visitaram Abéché na segunda-feira."),
]
AN_ADJECTIVE_WITH_A_PLACE_NOUN_IS_A_PLACE = [
    pytest.param("O comboio esperava em território sudanês perto de Abéché.", "sudanês"),
]
A_CONTINENT_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_CONTINENT = [
    pytest.param('Os líderes africanos reuniram-se em África na segunda-feira.', 'africanos'),
]
