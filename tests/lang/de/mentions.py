"""German sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

SPANS_AS_THE_FIELD_COUNTS_THEM = [
    pytest.param("Die Truppen zogen gestern in die Provinz Idlib ein.", "Provinz Idlib", id="provinz"),
]

#: a town named like a frequent word, after a marker that follows a verb of motion ("de" is also "of")
A_MARKER_AFTER_A_VERB_OF_MOTION_PLACES_THE_NAME = [pytest.param('Die Helfer kamen am Montag aus Essen.', 'Essen', id='kamen-aus-essen')]
