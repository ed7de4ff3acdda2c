"""German sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

SPANS_AS_THE_FIELD_COUNTS_THEM = [
    pytest.param("Die Truppen zogen gestern in die Provinz Idlib ein.", "Provinz Idlib", id="provinz"),
]

#: a town named like a frequent word, after a marker that follows a verb of motion ("de" is also "of")
A_MARKER_AFTER_A_VERB_OF_MOTION_PLACES_THE_NAME = [pytest.param('Die Helfer kamen am Montag aus Essen.', 'Essen', id='kamen-aus-essen')]

#: a place, a marker of where the move starts (also a name's particle: da, de), another place:
#: two names, not one longer one (mentions._Tokens.marked_apart, _after_marked_name)
NAMES_ON_BOTH_SIDES_OF_A_SOURCE_MARKER = [
    pytest.param("Die Familien kamen in Berlin von Hamburg an.", ["geonames:2950159", "geonames:2911298"], id="in-berlin-von-hamburg"),
]
