"""A city known the world over, placed by the words, in a story about another country (tests/gazetteer/test_known_abroad.py)."""

import pytest

PLACED_KNOWN_CITY_PINNED = [
    pytest.param("Depois de dois dias de conversações no Afeganistão, os enviados voaram para Doha.", "geonames:290030", id="doha-after-a-preposition"),
]
