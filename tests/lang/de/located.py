"""German sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("Die Familien flohen nach Quembarok, einem Dorf bei Gaziantep.", "Quembarok", "Gaziantep", "located_near",
                 id="apposition-bei"),
    pytest.param("Die Helfer fuhren nach Quembarok, einem Ortsteil in Gaziantep.", "Quembarok", "Gaziantep", "located_in",
                 id="apposition-in"),
]

A_NAME_THE_WORDS_PUT_ON_A_BORDER = [
    pytest.param("Die Flüchtlinge fahren in Mazedonien nach Tabrovce an der Grenze zu Serbien.", "Tabrovce"),
]

# a name the words place at a distance written in words or after "about" ("some sixty kilometres", "à une
# soixantaine de kilomètres", "à environ 25 km"): the name, the distance in km
A_NAME_AT_A_DISTANCE_IN_WORDS = [
    pytest.param('Die Familien flohen nach Kelvorath, rund sechzig Kilometer nördlich von Kassala.', "Kelvorath", 60, id='rund-sechzig'),
    pytest.param('Die Familien flohen nach Kelvorath, etwa 25 Kilometer nördlich von Kassala.', "Kelvorath", 25, id='etwa-25'),
]
