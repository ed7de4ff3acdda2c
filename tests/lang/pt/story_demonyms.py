"""Demonyms of this language and the countries they imply (tests/gazetteer/test_story_demonyms.py)."""

import pytest

DEMONYMS_IMPLY_THEIR_COUNTRIES = [
    pytest.param("Famílias sudanesas e pastores chadianos partilham os poços.", {"SD", "TD"}),
]
