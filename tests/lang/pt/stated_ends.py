"""Portuguese sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    pytest.param("A retirada das tropas russas das regiões de Kiev e Chernihiv.", ("region:UA.13", None), id="retirada-das-tropas-das"),
    pytest.param("O exército levou as famílias para Luanda.", (None, "geonames:2240449"), id="levou-as-familias-para"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("O ministério enviou uma carta para Luanda.", id="enviou-uma-carta-para"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("O comboio viajou entre Gao e Niamey.", ("geonames:2457163", "geonames:2440485"), id="viajou-entre-x-e-y"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("Os combates entre Gao e Niamey continuam.", id="combates-entre"),
]
