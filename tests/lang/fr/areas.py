"""Macro-regions and the people of a place in this language (tests/gazetteer/test_areas.py)."""

import pytest

MACRO_REGIONS = [
    pytest.param("Les prix du pétrole ont monté dans tout le Moyen-Orient ce printemps.", "Middle East", id="moyen-orient"),
    pytest.param("Les exportations vers l'Amérique latine ont chuté d'un tiers.", "Latin America", id="amerique-latine"),
]
PEOPLE_OF_A_PLACE = [
    pytest.param("Les habitants de Lyon ont manifesté samedi.", "Lyon", id="habitants-de"),
]
