"""Demonyms of this language and the countries they imply (tests/gazetteer/test_story_demonyms.py)."""

import pytest

DEMONYMS_IMPLY_THEIR_COUNTRIES = [
    pytest.param("Comerciantes malianos e camponeses burundeses encontraram-se no mercado.", {'BI', 'ML'}, id="country-name-ending-in-i"),
    pytest.param("Famílias sudanesas e pastores chadianos partilham os poços.", {"SD", "TD"}),
]
