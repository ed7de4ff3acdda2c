"""French sentences of tests/extract/test_story_route.py, one table a test (see tests/lang/__init__.py)."""

import pytest

ROUTE = "Des centaines de familles ont fui Raqqa pour Alep la semaine dernière."
FILLER = "Les routes étaient encombrées. Les prix ont augmenté. Les écoles ont fermé. Il a plu. Les marchés étaient vides."

A_DEPARTURE_GOES_WHERE_THE_STORY_GOES = [pytest.param(ROUTE, FILLER, "Lundi, 300 autres personnes ont quitté Raqqa.", id="quitter")]
AN_ARRIVAL_COMES_FROM_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, "Lundi, 300 autres personnes sont arrivées à Alep.", id="arriver")]
AN_END_NAMED_IN_WORDS_IS_NOT_THE_STORYS = [
    pytest.param(ROUTE, FILLER, "Lundi, 300 autres personnes ont quitté Raqqa pour la frontière.", id="pour-la-frontiere"),
]
ANOTHER_ROLE_IN_THE_SAME_SENTENCE = [pytest.param("Les familles ont atteint Damas, et les soldats ont quitté Alep.", id="atteint-et-quitte")]
AN_ARRIVAL_WITH_NO_END_COMES_TO_THE_STORYS_END = [pytest.param(ROUTE, FILLER, "D'autres personnes arrivent chaque jour.", id="no-end")]
AN_ARRIVAL_AT_A_PLACE_NAMED_IN_WORDS_STAYS_UNMAPPED = [pytest.param(ROUTE, FILLER, "D'autres personnes arrivent chaque jour à la frontière.", id="at-the-border")]
