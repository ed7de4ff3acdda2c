"""Portuguese sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Granadas atingiram Deraa e Homs na Síria. Milhares de famílias fugiram de Deraa rumo às fronteiras da Jordânia e do Líbano.", BORDERS, id="rumo-as-fronteiras-de-x-e-de-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param('O exército escoltou um comboio de quarenta caminhões entre a base logística (BL) de Gao e a base aérea de Niamey.', ("geonames:2457163", "geonames:2440485"), id="escoltou-entre-a-base-de-x-e-a-base-de-y"),
]
