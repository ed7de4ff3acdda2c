"""Sentences of tests/extract/test_mentions.py in this language, one table a test."""

import pytest

#: a town named like a frequent word, after a marker that follows a verb of motion ("de" is also "of")
A_MARKER_AFTER_A_VERB_OF_MOTION_PLACES_THE_NAME = [pytest.param('Muitas famílias partiram de Natal na segunda-feira.', 'Natal', id='partiram-de-natal')]
