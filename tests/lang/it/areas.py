"""Macro-regions and the people of a place in this language (tests/gazetteer/test_areas.py)."""

import pytest

MACRO_REGIONS = [
    pytest.param("I prezzi del petrolio sono saliti in tutto il Medio Oriente.", "Middle East", id="medio-oriente"),
    pytest.param("Le esportazioni verso l'America Latina sono calate di un terzo.", "Latin America", id="america-latina"),
]
