"""English sentences of tests/gazetteer/test_places_from_the_index.py, one table a test (see tests/lang/__init__.py)."""

import pytest

COUNTRY_NAMES_NEWS_STILL_WRITES = [
    pytest.param("Thousands fled across the border into Burma last week.", "country:MMR", id="former-name-burma"),
]

A_FREQUENT_WORD_JOINED_TO_A_PLACED_TOWN_IS_PLACED = [
    pytest.param("The teams came from Oxford and Bath on Monday.", "geonames:2656173", id="and-bath"),
]

A_TOWNS_OTHER_NAME_ABROAD_THAT_NOTHING_PLACES_GIVES_NO_PIN = [
    pytest.param(
        "The floods in Kenya cut the road to Nakuru. His sister, Julia, has taken on the search for the missing boy.",
        "geonames:728193", id="a-first-name-that-is-an-old-name-of-a-city",
    ),
    pytest.param(
        "The convoy escorted by the Phenix battle group reached Nakuru from Nairobi, in Kenya.",
        "geonames:5308655", id="a-unit-named-like-a-citys-exonym",
    ),
]

A_NAME_READ_AS_ONE_COUNTRY_IS_NO_VOTE_FOR_ANOTHER = [
    pytest.param(
        "Gunmen attacked a convoy between Bankass and Pategi, in central Mali, not far from Niger.",
        "geonames:2324960", id="niger-the-country-is-no-vote-for-nigeria",
    ),
]

# a frequent word opening a sentence that is another name of a big town (not its own name)
A_FREQUENT_WORD_OPENING_A_SENTENCE_IS_NO_TOWNS_OTHER_NAME = [
    pytest.param("Putting the chairs away took the volunteers most of the evening.", id="gerund-Putting"),
]
