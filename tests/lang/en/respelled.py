"""English sentences of tests/extract/test_respelled.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_ONE_SLIP_FROM_A_PLACE_OF_THE_ARTICLE_IS_THAT_PLACE = [
    pytest.param("Families reached Gaziantep on Monday. More families arrived in Gazaintep on Tuesday.", "Gazaintep", "Gaziantep", id="swapped-pair"),
]
