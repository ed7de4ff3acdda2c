"""English sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

SPANS_AS_THE_FIELD_COUNTS_THEM = [
    pytest.param("Two envoys from the U.S. landed on Tuesday.", "U.S.", id="us-stop"),
    pytest.param("A delegation of the U.K. flew home.", "U.K.", id="uk-stop"),
    pytest.param("Police in Suffolk County arrested two men in Ohio.", "Suffolk County", id="county"),
    pytest.param("Gunmen attacked a market in Enugu State on Friday.", "Enugu State", id="state"),
]

A_HEAD_NOUN_OUTSIDE_THE_NAME_STAYS_OUT = [
    pytest.param("Shells fell on Idlib province overnight.", "Idlib", id="lowercase-head"),
    pytest.param("The Lagos State Governor met traders.", "Lagos", id="head-starts-a-title"),
]

#: a town named like a frequent word, after a marker that follows a verb of motion ("de" is also "of")
A_MARKER_AFTER_A_VERB_OF_MOTION_PLACES_THE_NAME = [pytest.param('The families came from Bath on Monday.', 'Bath', id='came-from-bath')]

#: a place, a marker of where the move starts (also a name's particle: da, de), another place:
#: two names, not one longer one (mentions._Tokens.marked_apart, _after_marked_name)
NAMES_ON_BOTH_SIDES_OF_A_SOURCE_MARKER = [
    pytest.param("The families arrived in Athens from Thessaloniki.", ["geonames:264371", "geonames:734077"], id="in-athens-from-thessaloniki"),
]
