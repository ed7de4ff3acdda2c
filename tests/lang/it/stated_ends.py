"""Italian sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    # held before ("dalla" opens no genitive after an adjective): the same construction
    pytest.param("Il ritiro delle truppe russe dalla regione di Kiev.", ("region:UA.13", None), id="ritiro-delle-truppe-dalla"),
    pytest.param("L'esercito ha ritirato le truppe da Mosul.", ("mosul", None), id="ritirato-le-truppe-da"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("Il ministero ha mandato una lettera al Cairo.", id="mandato-una-lettera-al"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("Il convoglio ha viaggiato tra Homs e Aleppo.", ("homs", "aleppo"), id="viaggiato-tra-x-e-y"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("I combattimenti tra Homs e Aleppo continuano.", id="combattimenti-tra"),
]
