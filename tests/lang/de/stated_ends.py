"""German sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    # held before by the strong marker "nach" (German marks the goal strongly): the same construction
    pytest.param("Die Armee brachte die Familien nach Berlin.", (None, "geonames:2950159"), id="brachte-die-familien-nach"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("Das Ministerium schickte einen Brief zu Berlin.", id="schickte-einen-brief-zu"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("Der Konvoi ist zwischen Gao und Niamey gefahren.", ("geonames:2457163", "geonames:2440485"), id="zwischen-x-und-y-gefahren"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("Die Kämpfe zwischen Gao und Niamey dauern an.", id="kaempfe-zwischen"),
]
