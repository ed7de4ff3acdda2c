"""French sentences of tests/extract/test_water.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_WORDS_MAKE_A_RIVER_OF_A_NAME_THAT_IS_ALSO_A_CITY = [
    pytest.param("Les sapeurs ont franchi le Dniepr avant l'aube.", id="franchi-le"),
    pytest.param("Les villages sur la rive gauche du Dniepr ont été vidés.", id="rive-du"),
]

WITHOUT_SUCH_WORDS_THE_CITY_STAYS_A_CITY = [
    pytest.param("Des frappes ont touché Dnipro lundi."),
]

A_COUNTRY_OF_THE_SAME_NAME_NEEDS_A_WATER_WORD = [
    pytest.param("Des réfugiés sont arrivés au Niger.", "country", id="au-country"),
    pytest.param("Les pirogues ont descendu le fleuve Niger.", "river", id="fleuve-noun"),
]

A_LAKE_BY_NAME = [
    pytest.param("Les pêcheurs du lac Tchad ont perdu leurs filets."),
]

A_SEA_BY_NAME_IS_ITS_WATER = [
    pytest.param("Le bateau a chaviré en Méditerranée.", "Mediterranean Sea", id="en"),
]

A_STRAIT_OR_SEA_IS_AN_AREA_OF_WATER = [
    pytest.param("Les cargos ont franchi le Bosphore dans la nuit.", "Bosphorus", (29.06, 41.15), id="bosphore"),
]

A_NAMED_MAJOR_RIVER_IS_A_LINE = [
    pytest.param("Les péniches remontaient le Danube vers Vienne.", (16.37, 48.21), id="danube"),
]

A_BANK_WITHOUT_A_SIDE_IS_ON_BOTH_SIDES = [
    pytest.param("rhine", "Les soldats attendaient sur la rive du Rhin près de Cologne.", id="rhine"),
]
