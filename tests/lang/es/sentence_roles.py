"""Spanish sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Las granadas cayeron sobre Deraa y Homs en Siria. Miles de familias huyeron de Deraa hacia las fronteras de Jordania y Líbano.", BORDERS, id="hacia-las-fronteras-de-x-y-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param('El ejército escoltó un convoy de cuarenta camiones entre la base logística (BL) de Gao y la base aérea de Niamey.', ("geonames:2457163", "geonames:2440485"), id="escolto-entre-la-base-de-x-y-la-base-de-y"),
]
