"""German sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("Die Familien flohen nach Quembarok, einem Dorf bei Gaziantep.", "Quembarok", "Gaziantep", "located_near",
                 id="apposition-bei"),
    pytest.param("Die Helfer fuhren nach Quembarok, einem Ortsteil in Gaziantep.", "Quembarok", "Gaziantep", "located_in",
                 id="apposition-in"),
]

A_NAME_THE_WORDS_PUT_ON_A_BORDER = [
    pytest.param("Die Flüchtlinge fahren in Mazedonien nach Tabrovce an der Grenze zu Serbien.", "Tabrovce"),
]
