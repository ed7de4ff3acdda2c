"""Italian sentences of tests/extract/test_respelled.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_ONE_SLIP_FROM_A_PLACE_OF_THE_ARTICLE_IS_THAT_PLACE = [
    pytest.param("I migranti sono arrivati in Italia, a Lampedusa, lunedì. Altri sono sbarcati a Lampeduas martedì.", "Lampeduas", "Lampedusa", id="swapped-pair"),
]
