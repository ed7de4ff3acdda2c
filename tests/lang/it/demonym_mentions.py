"""Country adjectives as mentions in this language (tests/extract/test_demonym_mentions.py)."""

import pytest

AN_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_COUNTRY = [
    pytest.param("Funzionari sudanesi hanno visitato Abéché lunedì. Il Sudan ha poi chiuso il valico.", "sudanesi"),
]
AN_ADJECTIVE_ALONE_MAKES_NO_PLACE = [
    pytest.param("Funzionari sudanesi hanno visitato Abéché lunedì."),
]
AN_ADJECTIVE_WITH_A_PLACE_NOUN_IS_A_PLACE = [
    pytest.param("Il convoglio aspettava in territorio sudanese vicino ad Abéché.", "sudanese"),
]
A_CONTINENT_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_CONTINENT = [
    pytest.param('I leader africani si sono riuniti in Africa lunedì.', 'africani'),
]
