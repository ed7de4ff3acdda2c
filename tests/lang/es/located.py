"""Spanish sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("Los migrantes llegaron a Zulbarena, un caserío cerca de Medellín.", "Zulbarena", "Medellín", "located_near",
                 id="apposition-cerca-de"),
    pytest.param("Los migrantes llegaron anoche al corregimiento de Zulbarena, en Medellín.", "Zulbarena", "Medellín", "located_in",
                 id="corregimiento-de-en"),
]

A_NAME_THE_WORDS_PUT_ON_A_BORDER = [
    pytest.param("En Colombia, los migrantes llegaron a Zulbarena, en la frontera con Panamá.", "Zulbarena"),
]

WITHOUT_A_PLACE_NOUN_THE_NAME_STAYS_UNRESOLVED = [
    pytest.param("Los migrantes fueron llevados del campamento de Zulbarena a Medellín.", "Zulbarena", id="from-to"),
]
