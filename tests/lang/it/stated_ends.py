"""Italian sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    # held before ("dalla" opens no genitive after an adjective): the same construction
    pytest.param("Il ritiro delle truppe russe dalla regione di Kiev.", ("region:UA.13", None), id="ritiro-delle-truppe-dalla"),
    pytest.param("L'esercito ha ritirato le truppe da Mosul.", ("mosul", None), id="ritirato-le-truppe-da"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("Il ministero ha mandato una lettera al Cairo.", id="mandato-una-lettera-al"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("Il convoglio ha viaggiato tra Homs e Aleppo.", ("homs", "aleppo"), id="viaggiato-tra-x-e-y"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("I combattimenti tra Homs e Aleppo continuano.", id="combattimenti-tra"),
]

A_PLACE_THE_COPULA_JOINS_TO_A_DESTINATION = [
    pytest.param("La destinazione finale del convoglio è la città di Torino.", [(None, "geonames:3165524")], id="la-destinazione-e-la-citta-di-x"),
]

A_PHRASE_OF_REFUGE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Migliaia di persone sono fuggite dal Sudan verso la salvezza in Ciad.", ("country:SDN", "country:TCD"), id="fuggite-da-x-verso-la-salvezza-in-y"),
]

FROM_WHERE_IS_THE_PLACE_NAMED_BEFORE = [
    # held before by an inference (start_of_the_journey_to_there): now stated
    pytest.param("Gli aerei sono atterrati a Roma, da dove sono partiti per Israele.", ("geonames:3169070", "country:ISR"), id="da-dove"),
]

THE_CAPITAL_OF_A_COUNTRY_DESCRIBES_THE_PLACE_BEFORE = [
    pytest.param("Le famiglie sono fuggite verso Roma, capitale dell'Italia.", "country:ITA", id="x-capitale-dell-y"),
]

# (an invented name no gazetteer knows ends the list)
A_LIST_OF_DESTINATIONS_ENDING_IN_AN_UNKNOWN_NAME = [
    pytest.param("Roma, Torino, Trento e Zorvania saranno le destinazioni delle famiglie.", [(None, "geonames:3169070"), (None, "geonames:3165524")], id="x-y-and-an-unknown-name"),
]

# (the story's earlier movement must lend no origin: the sentence states one, in words no place is)
AN_END_FRONTED_IN_WORDS = [
    pytest.param('Migliaia di profughi sono arrivati dalla Grecia in Macedonia. La situazione al confine è tesa. Da Xyzabad camminano a piedi verso la Serbia.', id="unknown-name"),
    pytest.param('Migliaia di profughi sono arrivati dalla Grecia in Macedonia. La situazione al confine è tesa. Dal campo camminano a piedi verso la Serbia.', id="place-noun"),
]

A_STATE_OF_THINGS_IS_NO_MOVER = [
    pytest.param('La vita normale è tornata ad Aleppo.', id='life-returned'),
    pytest.param('La calma è tornata a Homs lunedì.', id='calm-returned'),
]
