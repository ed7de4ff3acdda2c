"""French sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

SPANS_AS_THE_FIELD_COUNTS_THEM = [
    pytest.param("Les habitants de la Province de Québec ont voté hier.", "Province de Québec", id="province-de"),
]

A_HEAD_NOUN_OUTSIDE_THE_NAME_STAYS_OUT = [
    pytest.param("Les obus sont tombés sur la province d'Idleb cette nuit.", "Idleb", id="lowercase-head"),
]

#: a town named like a frequent word, after a marker that follows a verb of motion ("de" is also "of")
A_MARKER_AFTER_A_VERB_OF_MOTION_PLACES_THE_NAME = [pytest.param('Des soldats sont partis de Lyon lundi.', 'Lyon', id='partis-de-lyon')]
