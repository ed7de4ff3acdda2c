"""Dutch sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("De vluchtelingen kwamen aan in Drelvoszka, een dorp bij Gaziantep.", "Drelvoszka", "Gaziantep", "located_in",
                 id="apposition-bij"),
]
