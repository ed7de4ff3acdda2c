"""A city known the world over, placed by the words, in a story about another country (tests/gazetteer/test_known_abroad.py)."""

import pytest

PLACED_KNOWN_CITY_PINNED = [
    pytest.param("Dopo due giorni di colloqui in Afghanistan, gli inviati sono volati a Doha.", "geonames:290030", id="doha-after-a-preposition"),
]
