"""Italian sentences of tests/extract/test_coming.py, one table a test (see tests/lang/__init__.py)."""

import pytest

COME_FROM_IS_A_MOVEMENT_IN_EVERY_LANGUAGE = [
    pytest.param("La maggior parte delle famiglie viene da Aleppo.", id="viene-da"),
]

A_VERB_OF_BRINGING_NAMES_WHERE_ITS_PEOPLE_COME_FROM = [
    pytest.param("Il treno ha portato 200 persone da Aleppo.", id="portato-persone-da"),
]
