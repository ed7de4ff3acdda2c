"""Spanish sentences of tests/extract/test_coming.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_VERB_OF_COMING_NAMES_ITS_ORIGIN = [
    # a participle of coming before its noun or after it, in the forms the lemmatiser misses
    pytest.param("Las familias venidas de Alepo están cansadas.", id="venidas-de"),
]

COME_FROM_IS_A_MOVEMENT_IN_EVERY_LANGUAGE = [
    pytest.param("La mayoría de las familias vienen de Alepo.", id="vienen-de"),
]

A_VERB_OF_BRINGING_NAMES_WHERE_ITS_PEOPLE_COME_FROM = [
    pytest.param("El avión trajo a 200 personas de Alepo.", id="trajo-personas-de"),
]

PEOPLE_OF_A_PLACE_WITHOUT_A_VERB_OF_COMING_DO_NOT_MOVE = [
    pytest.param("Las personas de Alepo están cansadas.", id="personas-de"),
]
