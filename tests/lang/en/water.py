"""English sentences of tests/extract/test_water.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_WORDS_MAKE_A_RIVER_OF_A_NAME_THAT_IS_ALSO_A_CITY = [
    pytest.param("Engineers crossed the Dnipro before dawn.", id="crossed-the"),
    pytest.param("Villages on the banks of the Dnipro were emptied.", id="banks-of"),
    pytest.param("The Dnipro river rose after the storm.", id="river-after"),
]

WITHOUT_SUCH_WORDS_THE_CITY_STAYS_A_CITY = [
    pytest.param("Shelling hit Dnipro on Monday."),
]

A_COUNTRY_OF_THE_SAME_NAME_NEEDS_A_WATER_WORD = [
    pytest.param("Aid reached the Republic of the Congo on Friday.", None, id="inside-a-country-name"),
    pytest.param("Barges went down the Niger River.", "river", id="river-noun"),
]

A_LAKE_BY_NAME = [
    pytest.param("Fishermen on Lake Chad lost their nets."),
]

A_SEA_BY_NAME_IS_ITS_WATER = [
    pytest.param("The boat capsized in the Mediterranean last week.", "Mediterranean Sea", id="short-with-article"),
    pytest.param("Ferries crossed the Aegean Sea all summer.", "Aegean Sea", id="full-name"),
]

A_STRAIT_OR_SEA_IS_AN_AREA_OF_WATER = [
    pytest.param("The tanker waited at the Strait of Hormuz.", "Strait of Hormuz", (56.4, 26.5), id="hormuz"),
]

A_NAMED_MAJOR_RIVER_IS_A_LINE = [
    pytest.param("Barges moved along the Rhine past Cologne.", (6.96, 50.94), id="rhine"),
]

A_BANK_IN_OTHER_WORDS_IS_ON_ITS_SIDE = [
    pytest.param("dnipro", "left", "Troops held the Dnipro's left bank near Zaporizhzhia.", id="dnipro-s-left"),
    pytest.param("rhine", "east", "Farmers on the Rhine's east bank near Cologne lost their harvest.", id="rhine-s-east"),
    pytest.param("danube", "right", "Villages on the Danube’s right bank near Budapest were flooded.", id="typographic-apostrophe"),
]

A_RIVER_WITHOUT_A_SIDE_WORD_HAS_NO_BANK = [
    pytest.param("The Rhine's water near Cologne rose overnight.", id="possessive-no-side"),
]

A_BANK_WITHOUT_A_SIDE_IS_ON_BOTH_SIDES = [
    pytest.param("rhine", "Troops gathered on the bank of the Rhine near Cologne.", id="rhine"),
]
