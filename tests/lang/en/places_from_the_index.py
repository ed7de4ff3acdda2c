"""English sentences of tests/gazetteer/test_places_from_the_index.py, one table a test (see tests/lang/__init__.py)."""

import pytest

COUNTRY_NAMES_NEWS_STILL_WRITES = [
    pytest.param("Thousands fled across the border into Burma last week.", "country:MMR", id="former-name-burma"),
]

A_FREQUENT_WORD_JOINED_TO_A_PLACED_TOWN_IS_PLACED = [
    pytest.param("The teams came from Oxford and Bath on Monday.", "geonames:2656173", id="and-bath"),
]
