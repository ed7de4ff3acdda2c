"""Portuguese sentences of tests/extract/test_water.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_WORDS_MAKE_A_RIVER_OF_A_NAME_THAT_IS_ALSO_A_CITY = [
    pytest.param("Os sapadores atravessaram o Dnipro antes do amanhecer.", id="atravessaram-o"),
]

A_LAKE_BY_NAME = [
    pytest.param("Os pescadores do lago Chade perderam as redes."),
]

A_SEA_BY_NAME_IS_ITS_WATER = [
    pytest.param("O barco virou no Mediterrâneo.", "Mediterranean Sea", id="no"),
]

A_STRAIT_OR_SEA_IS_AN_AREA_OF_WATER = [
    pytest.param("O navio entrou no estreito de Gibraltar.", "Strait of Gibraltar", (-5.6, 35.95), id="gibraltar"),
]
