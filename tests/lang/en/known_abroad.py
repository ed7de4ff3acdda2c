"""A city known the world over, placed by the words, in a story about another country (tests/gazetteer/test_known_abroad.py)."""

import pytest

PLACED_KNOWN_CITY_PINNED = [
    pytest.param("After two days of talks in Afghanistan the envoys flew on to Doha.", "geonames:290030", id="doha-after-a-preposition"),
]

PLACED_TOWN_FEW_KNOW_STILL_REJECTED = [
    pytest.param("After two days of talks in Afghanistan the envoys flew on to Dover.", "Dover", id="a-town-few-know-of"),
]
