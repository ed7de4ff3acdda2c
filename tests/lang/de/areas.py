"""Macro-regions and the people of a place in this language (tests/gazetteer/test_areas.py)."""

import pytest

MACRO_REGIONS = [
    pytest.param("Die Ölpreise stiegen in diesem Frühjahr im ganzen Nahen Osten.", "Middle East", id="naher-osten"),
    pytest.param("Die Ausfuhren nach Lateinamerika fielen um ein Drittel.", "Latin America", id="lateinamerika"),
]
PEOPLE_OF_A_PLACE = [
    pytest.param("Die Einwohner von Essen protestierten am Samstag.", "Essen", id="einwohner-von"),
]
