"""French sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Des obus ont frappé Deraa et Homs en Syrie. Des milliers de familles ont fui Deraa vers les frontières de la Jordanie et du Liban.", BORDERS, id="vers-les-frontieres-de-x-et-de-y"),
]
