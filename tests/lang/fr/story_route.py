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

#: an origin the sentence gives by an anaphor ("the city") is its own, not lent: the story still gives the other end
A_DEPARTURE_FROM_THE_CITY_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, 'Les routes étaient encombrées. Les prix ont augmenté. Les écoles ont fermé. Raqqa est en ruines. Les marchés étaient vides.', 'Lundi, 300 autres personnes ont quitté la ville.', id='quitter-la-ville'),
    pytest.param(ROUTE, 'Les routes étaient encombrées. Les prix ont augmenté. Les écoles ont fermé. Raqqa est en ruines. Les marchés étaient vides.', 'Lundi, 300 autres personnes sont parties de la ville.', id='parties-de-la-ville'),
]
#: "a village" is a new place, not the one named before
A_PLACE_NOUN_AFTER_AN_INDEFINITE_ARTICLE_IS_NO_ANAPHOR = [pytest.param(ROUTE, 'Les routes étaient encombrées. Les prix ont augmenté. Les écoles ont fermé. Raqqa est en ruines. Les marchés étaient vides.', 'Lundi, 300 autres personnes ont fui vers un village.', id='vers-un-village')]
#: "headquarters" is no place noun standing for a place named before
A_COMPOUND_NOUN_IS_NO_PLACE_NOUN = [pytest.param(ROUTE, 'Les routes étaient encombrées. Les prix ont augmenté. Les écoles ont fermé. Raqqa est en ruines. Les marchés étaient vides.', 'Lundi, le commandement a envoyé deux lettres au quartier général.', id='au-quartier-general')]
#: going home, no place named: home is where the story's movers come from
HOME_IS_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, 'En mars, la plupart sont rentrés chez eux.', id='rentres-chez-eux')]
#: two destinations stated once each (Aleppo, then Homs): the story's end is the one it names most (Homs)
A_TIE_GOES_TO_THE_END_THE_STORY_NAMES_MOST = [
    pytest.param(ROUTE + " Un autre groupe a atteint Homs mardi.", "Homs est calme. Les marchés de Homs ont rouvert. Il a plu. Les prix ont augmenté. Les écoles ont fermé.", "Lundi, 300 autres personnes ont quitté Raqqa.", id="named-most"),
]
#: an arrival that names no end stands between an earlier arrival (Homs) and a journey naming only its start:
#: the journey goes where the story goes (Aleppo), as that arrival does
A_JOURNEY_AFTER_AN_OPEN_ARRIVAL_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, "Lundi, un bus est arrivé à Homs. Les routes étaient pleines. Mardi, d'autres familles sont arrivées.", "Elles avaient quitté Hama trois jours plus tôt.", id="after-an-open-arrival"),
]
#: "the border with X" names a place of its own: no place named before is read into it
A_PLACE_NOUN_WITH_ANOTHER_PLACE_IS_NO_ANAPHOR = [
    pytest.param(ROUTE, 'Les routes étaient encombrées. Les prix ont augmenté. Les écoles ont fermé. Raqqa est en ruines. Les marchés étaient vides.', "Lundi, 300 autres personnes ont quitté la frontière avec l'Allemagne.", id="border-with"),
]
