"""German sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    # held before by the strong marker "nach" (German marks the goal strongly): the same construction
    pytest.param("Die Armee brachte die Familien nach Berlin.", (None, "geonames:2950159"), id="brachte-die-familien-nach"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("Das Ministerium schickte einen Brief zu Berlin.", id="schickte-einen-brief-zu"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("Der Konvoi ist zwischen Gao und Niamey gefahren.", ("geonames:2457163", "geonames:2440485"), id="zwischen-x-und-y-gefahren"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("Die Kämpfe zwischen Gao und Niamey dauern an.", id="kaempfe-zwischen"),
]

A_PLACE_THE_COPULA_JOINS_TO_A_DESTINATION = [
    pytest.param("Das Ziel der Familien ist die Stadt Hamburg.", [(None, "geonames:2911298")], id="das-ziel-ist-die-stadt-x"),
]

A_PHRASE_OF_REFUGE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Tausende sind aus dem Sudan geflohen, in die Sicherheit im Tschad.", ("country:SDN", "country:TCD"), id="aus-x-geflohen-in-die-sicherheit-im-y"),
]

FROM_WHERE_IS_THE_PLACE_NAMED_BEFORE = [
    pytest.param("Die Flugzeuge landeten in Wien, von wo aus sie weiterreisten.", ("geonames:2761369", None), id="von-wo-aus"),
    # "wo" opens its clause ([grammar] clause_breaks): the marker after it goes with the verb at its end
    pytest.param("Die Flüchtlinge kamen in Wien an, von wo aus sie nach München weiterreisten.", ("geonames:2761369", "geonames:2867714"),
                 id="von-wo-aus-nach-y"),
]

THE_CAPITAL_OF_A_COUNTRY_DESCRIBES_THE_PLACE_BEFORE = [
    pytest.param("Die Familien flohen nach Wien, Hauptstadt von Österreich.", "country:AUT", id="x-hauptstadt-von-y"),
]

# (the story's earlier movement must lend no origin: the sentence states one, in words no place is)
AN_END_FRONTED_IN_WORDS = [
    pytest.param('Tausende Flüchtlinge sind aus Griechenland nach Mazedonien gekommen. Die Lage an der Grenze ist angespannt. Von Xyzabad laufen sie zu Fuß nach Serbien.', id="unknown-name"),
    pytest.param('Tausende Flüchtlinge sind aus Griechenland nach Mazedonien gekommen. Die Lage an der Grenze ist angespannt. Vom Lager laufen sie zu Fuß nach Serbien.', id="place-noun"),
]

A_STATE_OF_THINGS_IS_NO_MOVER = [
    pytest.param('Das normale Leben ist nach Aleppo zurückgekehrt.', id='life-returned'),
    pytest.param('Die Ruhe kehrte am Montag nach Homs zurück.', id='calm-returned'),
]
