"""Country adjectives as mentions in this language (tests/extract/test_demonym_mentions.py)."""

import pytest

AN_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_COUNTRY = [
    pytest.param("Sudanese officials visited Abeche on Monday. Sudan later closed the crossing.", "Sudanese"),
]
AN_ADJECTIVE_ALONE_MAKES_NO_PLACE = [
    pytest.param("Sudanese officials visited Abeche on Monday."),
]
AN_ADJECTIVE_WITH_A_PLACE_NOUN_IS_A_PLACE = [
    pytest.param("The convoy waited on Sudanese territory near Abeche.", "Sudanese"),
]
A_CONTINENT_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_CONTINENT = [
    pytest.param('African leaders met in Africa on Monday.', 'African'),
]
