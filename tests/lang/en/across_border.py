"""A town just across the border of the country a story names (tests/gazetteer/test_across_border.py)."""

import pytest

PINNED_ACROSS_THE_BORDER = [
    pytest.param("Russian troops left Izium on Friday morning.", "geonames:707292", id="verb-object-demonym"),
    pytest.param("Thousands of families from Sudan fled to Adre overnight.", "geonames:245669", id="preposition"),
    pytest.param("Russia withdrew its troops from Kherson last week.", "geonames:706448", id="names-its-region"),
    pytest.param("Aid trucks from Egypt waited for days outside Gaza.", "geonames:281133", id="city-of-100000"),
]

STILL_REJECTED = [
    pytest.param("Thousands of families from Sudan fled to Temamatla.", "Temamatla", id="other-continent"),
    pytest.param("Thousands of families from Sudan fled to Bokoro.", "Bokoro", id="neighbour-far-from-the-border"),
]

# a short crossing from the story's country, across a strait or a channel
PINNED_ACROSS_THE_SEA = [
    pytest.param("Hundreds of people left France in small boats bound for Dover.", "geonames:2651048", id="dover-from-france"),
]
