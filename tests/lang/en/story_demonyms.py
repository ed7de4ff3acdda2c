"""Demonyms of this language and the countries they imply (tests/gazetteer/test_story_demonyms.py)."""

import pytest

DEMONYMS_IMPLY_THEIR_COUNTRIES = [
    pytest.param("Malian traders and Burundian farmers met in the market.", {'BI', 'ML'}, id="country-name-ending-in-i"),
    pytest.param("Sudanese families and Chadian herders shared the wells.", {"SD", "TD"}),
]
