"""Macro-regions and the people of a place in this language (tests/gazetteer/test_areas.py)."""

import pytest

MACRO_REGIONS = [
    pytest.param("Los precios del petróleo subieron en todo Oriente Medio esta primavera.", "Middle East", id="oriente-medio"),
    pytest.param("Las exportaciones hacia América Latina cayeron un tercio.", "Latin America", id="america-latina"),
]
