"""Macro-regions and the people of a place in this language (tests/gazetteer/test_areas.py)."""

import pytest

MACRO_REGIONS = [
    pytest.param("Oil prices rose across the Middle East this spring.", "Middle East", id="middle-east"),
    pytest.param("Exports to Latin America fell by a third.", "Latin America", id="latin-america"),
    pytest.param("Tension grew on the Korean Peninsula after the test.", "Korean Peninsula", id="korean-peninsula"),
]
PEOPLE_OF_A_PLACE = [
    pytest.param("The mayor of Reading opened the new bridge.", "Reading", id="mayor-of"),
]
