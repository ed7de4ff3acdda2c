"""Demonyms of this language and the countries they imply (tests/gazetteer/test_story_demonyms.py)."""

import pytest

DEMONYMS_IMPLY_THEIR_COUNTRIES = [
    pytest.param("Comerciantes malienses y campesinos burundeses se reunieron en el mercado.", {'BI', 'ML'}, id="country-name-ending-in-i"),
    pytest.param("Familias sudanesas y pastores chadianos comparten los pozos.", {"SD", "TD"}),
]
