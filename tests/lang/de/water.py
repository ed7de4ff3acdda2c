"""German sentences of tests/extract/test_water.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_WORDS_MAKE_A_RIVER_OF_A_NAME_THAT_IS_ALSO_A_CITY = [
    pytest.param("Die Pioniere überquerten den Dnepr vor dem Morgengrauen.", id="ueberquerten-den"),
]

WITHOUT_SUCH_WORDS_THE_CITY_STAYS_A_CITY = [
    pytest.param("Raketen trafen Dnipro am Montag."),
]

A_LAKE_BY_NAME = [
    pytest.param("Die Fischer am Tschadsee verloren ihre Netze."),
]

A_SEA_BY_NAME_IS_ITS_WATER = [
    pytest.param("Das Boot kenterte im Mittelmeer.", "Mediterranean Sea", id="compound"),
]

A_STRAIT_OR_SEA_IS_AN_AREA_OF_WATER = [
    pytest.param("Die Fähre überquerte die Straße von Kertsch.", "Kerch Strait", (36.55, 45.25), id="kertsch"),
]

A_NAMED_MAJOR_RIVER_IS_A_LINE = [
    pytest.param("Schiffe fuhren auf dem Rhein bei Köln.", (6.96, 50.94), id="rhein"),
]

A_BANK_IN_OTHER_WORDS_IS_ON_ITS_SIDE = [
    pytest.param("rhine", "left", "Das linke Ufer des Rheins bei Köln stand unter Wasser.", id="das-linke"),
    pytest.param("dnipro", "right", "Die Truppen hielten das rechte Ufer des Dnepr bei Saporischschja.", id="das-rechte"),
    pytest.param("rhine", "west", "Ein westliches Ufer des Rheins bei Köln blieb trocken.", id="ein-westliches"),
    pytest.param("danube", "east", "Das östliche Ufer der Donau bei Budapest wurde überflutet.", id="der-donau"),
]

A_BANK_WITHOUT_A_SIDE_IS_ON_BOTH_SIDES = [
    pytest.param("rhine", "Die Truppen standen am Ufer des Rheins bei Köln.", id="rhine"),
]
