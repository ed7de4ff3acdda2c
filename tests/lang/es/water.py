"""Spanish sentences of tests/extract/test_water.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_WORDS_MAKE_A_RIVER_OF_A_NAME_THAT_IS_ALSO_A_CITY = [
    pytest.param("Los zapadores cruzaron el Dniéper antes del amanecer.", id="cruzaron-el"),
]

WITHOUT_SUCH_WORDS_THE_CITY_STAYS_A_CITY = [
    pytest.param("Los misiles alcanzaron Dnipró el lunes."),
]

A_LAKE_BY_NAME = [
    pytest.param("Los pescadores del lago Chad perdieron sus redes."),
]

A_SEA_BY_NAME_IS_ITS_WATER = [
    pytest.param("El barco volcó en el Mediterráneo.", "Mediterranean Sea", id="en-el"),
]

A_STRAIT_OR_SEA_IS_AN_AREA_OF_WATER = [
    pytest.param("El buque navegaba por el mar Negro.", "Black Sea", (34.0, 43.5), id="mar-negro"),
]
