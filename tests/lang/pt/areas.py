"""Macro-regions and the people of a place in this language (tests/gazetteer/test_areas.py)."""

import pytest

MACRO_REGIONS = [
    pytest.param("Os preços do petróleo subiram em todo o Oriente Médio nesta primavera.", "Middle East", id="oriente-medio"),
    pytest.param("As exportações para a América Latina caíram um terço.", "Latin America", id="america-latina"),
]
