"""English sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("Hundreds of families fled to Kelvorath, a village near Kassala, on Sunday.", "Kelvorath", "Kassala", "located_near",
                 id="apposition-near"),
    pytest.param("The buses took the families to the camp of Kelvorath in Kassala.", "Kelvorath", "Kassala", "located_in", id="camp-of-in"),
    pytest.param("The convoy reached the Kelvorath camp in Sudan.", "Kelvorath", "Sudan", "located_in", id="head-after-in-country"),
]

WITHOUT_A_PLACE_NOUN_THE_NAME_STAYS_UNRESOLVED = [
    pytest.param("The aid came from Kelvorath Foundation in Kassala.", "Kelvorath Foundation", id="organisation"),
    # the district is the other name's: the name after "of" is the larger area, not a small place
    pytest.param("Samples came from villagers in the Tormanjahe district of Qumbaresi in Uganda.", "Qumbaresi", id="named-district-of"),
]

A_NAME_THE_WORDS_PUT_ON_A_BORDER = [
    pytest.param("Refugees from Sudan arrived in Chad at Kelvorath, on the border between Chad and Sudan.", "Kelvorath"),
]

# a name the words place at a distance written in words or after "about" ("some sixty kilometres", "à une
# soixantaine de kilomètres", "à environ 25 km"): the name, the distance in km
A_NAME_AT_A_DISTANCE_IN_WORDS = [
    pytest.param('The families fled to Kelvorath, some sixty kilometres north of Kassala.', "Kelvorath", 60, id='some-sixty'),
    pytest.param('The families fled to Kelvorath, a dozen kilometres north of Kassala.', "Kelvorath", 12, id='a-dozen'),
]
