"""Demonyms of this language and the countries they imply (tests/gazetteer/test_story_demonyms.py)."""

import pytest

DEMONYMS_IMPLY_THEIR_COUNTRIES = [
    pytest.param("Malier und Burundier trafen sich auf dem Markt.", {'BI', 'ML'}, id="country-name-ending-in-i"),
    pytest.param("Sudanesische Familien und tschadische Hirten teilen die Brunnen.", {"SD", "TD"}),
    pytest.param("Syrische und ukrainische Soldaten.", {"SY", "UA"}, id="isch-ien-and-e"),
]
