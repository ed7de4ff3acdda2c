"""Italian sentences of tests/extract/test_water.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_WORDS_MAKE_A_RIVER_OF_A_NAME_THAT_IS_ALSO_A_CITY = [
    pytest.param("I genieri hanno attraversato il Dnepr prima dell'alba.", id="attraversato-il"),
]

A_LAKE_BY_NAME = [
    pytest.param("I pescatori del lago Ciad hanno perso le reti."),
]

A_SEA_BY_NAME_IS_ITS_WATER = [
    pytest.param("La barca si è rovesciata nel Mediterraneo.", "Mediterranean Sea", id="nel"),
]

A_STRAIT_OR_SEA_IS_AN_AREA_OF_WATER = [
    pytest.param("Il barcone è affondato nel canale di Sicilia.", "Strait of Sicily", (11.8, 37.1), id="sicilia"),
]
