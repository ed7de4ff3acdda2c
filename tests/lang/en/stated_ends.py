"""English sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    pytest.param("The army bussed the last families to Aleppo.", (None, "aleppo"), id="bussed-the-families-to"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("The ministry sent a letter to Aleppo.", id="sent-a-letter-to"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("The convoy travelled between Homs and Aleppo.", ("homs", "aleppo"), id="travelled-between-x-and-y"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("Fighting between Homs and Aleppo went on.", id="fighting-between"),
]

A_PLACE_THE_COPULA_JOINS_TO_A_DESTINATION = [
    pytest.param("Rome, Turin and Trento will be the destinations of the families.", [(None, "geonames:3169070"), (None, "geonames:3165524"), (None, "geonames:3165243")], id="x-y-and-z-will-be-the-destinations"),
    pytest.param("Their final destination is Rome.", [(None, "geonames:3169070")], id="the-destination-is-x"),
]

A_PHRASE_OF_REFUGE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Thousands fled from Sudan for safety in eastern Chad.", ("country:SDN", "country:TCD~east"), id="fled-x-for-safety-in-y"),
]

FROM_WHERE_IS_THE_PLACE_NAMED_BEFORE = [
    pytest.param("The planes landed in Rome, the capital of Italy, from where they flew on to Israel.", ("geonames:3169070", "country:ISR"), id="from-where"),
]

THE_CAPITAL_OF_A_COUNTRY_DESCRIBES_THE_PLACE_BEFORE = [
    pytest.param("The families fled to Rome, the capital of Italy.", "country:ITA", id="x-the-capital-of-y"),
]

# (an invented name no gazetteer knows ends the list)
A_LIST_OF_DESTINATIONS_ENDING_IN_AN_UNKNOWN_NAME = [
    pytest.param("Rome, Turin and Zorvania will be the destinations of the families.", [(None, "geonames:3169070"), (None, "geonames:3165524")], id="x-y-and-an-unknown-name"),
]

# (the story's earlier movement must lend no origin: the sentence states one, in words no place is)
AN_END_FRONTED_IN_WORDS = [
    pytest.param('Thousands of refugees have come from Greece to Macedonia. The situation at the border is tense. From Xyzabad, they walk on foot to Serbia.', id="unknown-name"),
    pytest.param('Thousands of refugees have come from Greece to Macedonia. The situation at the border is tense. From the camp, they walk on foot to Serbia.', id="place-noun"),
]

A_STATE_OF_THINGS_IS_NO_MOVER = [
    pytest.param('Normal life has returned to Aleppo.', id='life-returned'),
    pytest.param('Calm returned to Homs on Monday.', id='calm-returned'),
]
