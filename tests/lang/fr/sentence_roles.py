"""French sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Des obus ont frappé Deraa et Homs en Syrie. Des milliers de familles ont fui Deraa vers les frontières de la Jordanie et du Liban.", BORDERS, id="vers-les-frontieres-de-x-et-de-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param("L'armée a escorté un convoi de quarante camions entre la base logistique (BL) de Gao et la base aérienne de Niamey.", ("geonames:2457163", "geonames:2440485"), id="escorte-entre-la-base-de-x-et-la-base-de-y"),
]
