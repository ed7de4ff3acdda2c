"""German sentences of tests/extract/test_respelled.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_ONE_SLIP_FROM_A_PLACE_OF_THE_ARTICLE_IS_THAT_PLACE = [
    pytest.param("Die Helfer fuhren von Ulm nach Sigmaringen. Später kamen weitere Helfer nach Sigmarignen.", "Sigmarignen", "Sigmaringen", id="swapped-pair"),
]
