"""Demonyms of this language and the countries they imply (tests/gazetteer/test_story_demonyms.py)."""

import pytest

DEMONYMS_IMPLY_THEIR_COUNTRIES = [
    pytest.param("Des commerçants maliens et des paysans burundais se sont retrouvés au marché.", {'BI', 'ML'}, id="country-name-ending-in-i"),
    pytest.param("Des familles soudanaises et des éleveurs tchadiens partagent les puits.", {"SD", "TD"}),
    pytest.param("Les soldats syriens et ukrainiens.", {"SY", "UA"}, id="ien-ie-and-e"),
]
