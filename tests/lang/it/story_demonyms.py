"""Demonyms of this language and the countries they imply (tests/gazetteer/test_story_demonyms.py)."""

import pytest

DEMONYMS_IMPLY_THEIR_COUNTRIES = [
    pytest.param("Commercianti maliani e contadini burundesi si sono incontrati al mercato.", {'BI', 'ML'}, id="country-name-ending-in-i"),
    pytest.param("Famiglie sudanesi e pastori ciadiani condividono i pozzi.", {"SD", "TD"}),
]
