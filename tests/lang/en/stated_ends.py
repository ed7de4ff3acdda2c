"""English sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    pytest.param("The army bussed the last families to Aleppo.", (None, "aleppo"), id="bussed-the-families-to"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("The ministry sent a letter to Aleppo.", id="sent-a-letter-to"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("The convoy travelled between Homs and Aleppo.", ("homs", "aleppo"), id="travelled-between-x-and-y"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("Fighting between Homs and Aleppo went on.", id="fighting-between"),
]
