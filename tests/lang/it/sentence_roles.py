"""Italian sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Le granate hanno colpito Deraa e Homs in Siria. Migliaia di famiglie sono fuggite da Deraa verso i confini della Giordania e del Libano.", BORDERS, id="verso-i-confini-di-x-e-di-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param("L'esercito ha scortato un convoglio di quaranta camion tra la base logistica (BL) di Gao e la base aerea di Niamey.", ("geonames:2457163", "geonames:2440485"), id="scortato-tra-la-base-di-x-e-la-base-di-y"),
]
