"""German sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Granaten trafen Deraa und Homs in Syrien. Tausende Familien flohen aus Deraa an die Grenzen zu Jordanien und dem Libanon.", BORDERS, id="an-die-grenzen-zu-x-und-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param('Die Armee hat einen Konvoi zwischen dem Stützpunkt in Gao und dem Flughafen von Niamey eskortiert.', ("geonames:2457163", "geonames:2440485"), id="zwischen-dem-stuetzpunkt-in-x-und-dem-flughafen-von-y-eskortiert"),
]
