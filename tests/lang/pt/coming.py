"""Portuguese sentences of tests/extract/test_coming.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_VERB_OF_COMING_NAMES_ITS_ORIGIN = [
    # a participle of coming before its noun or after it, in the forms the lemmatiser misses
    pytest.param("As famílias vindas de Aleppo estão cansadas.", id="vindas-de"),
]

COME_FROM_IS_A_MOVEMENT_IN_EVERY_LANGUAGE = [
    pytest.param("A maioria das famílias vem de Aleppo.", id="vem-de"),
]

A_VERB_OF_BRINGING_NAMES_WHERE_ITS_PEOPLE_COME_FROM = [
    pytest.param("O avião trouxe 200 pessoas de Aleppo.", id="trouxe-pessoas-de"),
]

PEOPLE_OF_A_PLACE_WITHOUT_A_VERB_OF_COMING_DO_NOT_MOVE = [
    pytest.param("Os moradores de Aleppo estão cansados.", id="moradores-de"),
]
