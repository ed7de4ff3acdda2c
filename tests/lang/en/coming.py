"""English sentences of tests/extract/test_coming.py, one table a test (see tests/lang/__init__.py)."""

import pytest

COME_FROM_IS_A_MOVEMENT_IN_EVERY_LANGUAGE = [
    pytest.param("Most of the families come from Aleppo.", id="come-from"),
]

A_VERB_OF_BRINGING_NAMES_WHERE_ITS_PEOPLE_COME_FROM = [
    pytest.param("The plane brought 200 people from Aleppo.", id="brought-people-from"),
]
