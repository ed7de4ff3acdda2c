"""Demonyms of this language and the countries they imply (tests/gazetteer/test_story_demonyms.py)."""

import pytest

DEMONYMS_IMPLY_THEIR_COUNTRIES = [
    pytest.param("Sudanesische Familien und tschadische Hirten teilen die Brunnen.", {"SD", "TD"}),
    pytest.param("Syrische und ukrainische Soldaten.", {"SY", "UA"}, id="isch-ien-and-e"),
]
