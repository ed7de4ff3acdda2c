"""Spanish sentences of tests/extract/test_story_route.py, one table a test (see tests/lang/__init__.py)."""

import pytest

ROUTE = "Cientos de familias huyeron de Raqqa hacia Alepo la semana pasada."
FILLER = "Las carreteras estaban llenas. Los precios subieron. Las escuelas cerraron. Llovió. Los mercados estaban vacíos."

A_DEPARTURE_GOES_WHERE_THE_STORY_GOES = [pytest.param(ROUTE, FILLER, "El lunes otras 300 personas salieron de Raqqa.", id="salir")]
AN_ARRIVAL_COMES_FROM_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, "El lunes otras 300 personas llegaron a Alepo.", id="llegar")]
AN_END_NAMED_IN_WORDS_IS_NOT_THE_STORYS = [
    pytest.param(ROUTE, FILLER, "El lunes otras 300 personas salieron de Raqqa hacia la frontera.", id="hacia-la-frontera"),
]
ANOTHER_ROLE_IN_THE_SAME_SENTENCE = [pytest.param("Las familias llegaron a Damasco, y los soldados salieron de Alepo.", id="llegaron-y-salieron")]
AN_ARRIVAL_WITH_NO_END_COMES_TO_THE_STORYS_END = [pytest.param(ROUTE, FILLER, "Cada día llegan más personas.", id="no-end")]
AN_ARRIVAL_AT_A_PLACE_NAMED_IN_WORDS_STAYS_UNMAPPED = [pytest.param(ROUTE, FILLER, "Cada día llegan más personas a la frontera.", id="at-the-border")]

#: an origin the sentence gives by an anaphor ("the city") is its own, not lent: the story still gives the other end
A_DEPARTURE_FROM_THE_CITY_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, 'Las carreteras estaban llenas. Los precios subieron. Las escuelas cerraron. Raqqa está en ruinas. Los mercados estaban vacíos.', 'El lunes otras 300 personas salieron de la ciudad.', id='salir-de-la-ciudad'),
    pytest.param(ROUTE, 'Las carreteras estaban llenas. Los precios subieron. Las escuelas cerraron. Raqqa está en ruinas. Los mercados estaban vacíos.', 'El lunes otras 300 personas salieron de la ciudad.', id='salieron-de-la-ciudad'),
]
#: "a village" is a new place, not the one named before
A_PLACE_NOUN_AFTER_AN_INDEFINITE_ARTICLE_IS_NO_ANAPHOR = [pytest.param(ROUTE, 'Las carreteras estaban llenas. Los precios subieron. Las escuelas cerraron. Raqqa está en ruinas. Los mercados estaban vacíos.', 'El lunes otras 300 personas huyeron hacia un pueblo.', id='hacia-un-pueblo')]
#: "headquarters" is no place noun standing for a place named before
A_COMPOUND_NOUN_IS_NO_PLACE_NOUN = [pytest.param(ROUTE, 'Las carreteras estaban llenas. Los precios subieron. Las escuelas cerraron. Raqqa está en ruinas. Los mercados estaban vacíos.', 'El lunes el mando envió dos cartas al cuartel general.', id='al-cuartel-general')]
#: going home, no place named: home is where the story's movers come from
HOME_IS_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, 'En marzo, la mayoría regresó a casa.', id='regreso-a-casa')]
#: two destinations stated once each (Aleppo, then Homs): the story's end is the one it names most (Homs)
A_TIE_GOES_TO_THE_END_THE_STORY_NAMES_MOST = [
    pytest.param(ROUTE + " Otro grupo llegó a Homs el martes.", "Homs está tranquila. Los mercados de Homs abrieron. Llovió. Los precios subieron. Las escuelas cerraron.", "El lunes otras 300 personas salieron de Raqqa.", id="named-most"),
]
#: an arrival that names no end stands between an earlier arrival (Homs) and a journey naming only its start:
#: the journey goes where the story goes (Aleppo), as that arrival does
A_JOURNEY_AFTER_AN_OPEN_ARRIVAL_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, "El lunes un autobús llegó a Homs. Las carreteras estaban llenas. El martes llegaron más familias.", "Habían salido de Hama tres días antes.", id="after-an-open-arrival"),
]
#: "the border with X" names a place of its own: no place named before is read into it
A_PLACE_NOUN_WITH_ANOTHER_PLACE_IS_NO_ANAPHOR = [
    pytest.param(ROUTE, 'Las carreteras estaban llenas. Los precios subieron. Las escuelas cerraron. Raqqa está en ruinas. Los mercados estaban vacíos.', "El lunes otras 300 personas salieron de la frontera con Alemania.", id="border-with"),
]
