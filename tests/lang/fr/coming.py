"""French sentences of tests/extract/test_coming.py, one table a test (see tests/lang/__init__.py)."""

import pytest

COME_FROM_IS_A_MOVEMENT_IN_EVERY_LANGUAGE = [
    pytest.param("La plupart des familles viennent d'Alep.", id="viennent-de"),
]

A_VERB_OF_BRINGING_NAMES_WHERE_ITS_PEOPLE_COME_FROM = [
    pytest.param("L'avion a amené 200 personnes d'Alep.", id="amene-personnes-de"),
]

PEOPLE_OF_A_PLACE_WITHOUT_A_VERB_OF_COMING_DO_NOT_MOVE = [
    pytest.param("Les habitants d'Alep sont épuisés.", id="habitants-de"),
]
