"""Portuguese sentences of tests/extract/test_story_route.py, one table a test (see tests/lang/__init__.py)."""

import pytest

ROUTE = "Centenas de famílias fugiram de Raqqa para Alepo na semana passada."
FILLER = "As estradas estavam cheias. Os preços subiram. As escolas fecharam. Choveu. Os mercados estavam vazios."

A_DEPARTURE_GOES_WHERE_THE_STORY_GOES = [pytest.param(ROUTE, FILLER, "Na segunda-feira, outras 300 pessoas deixaram Raqqa.", id="deixar")]
AN_ARRIVAL_COMES_FROM_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, "Na segunda-feira, outras 300 pessoas chegaram a Alepo.", id="chegar")]
AN_END_NAMED_IN_WORDS_IS_NOT_THE_STORYS = [
    pytest.param(ROUTE, FILLER, "Na segunda-feira, outras 300 pessoas deixaram Raqqa rumo à fronteira.", id="rumo-a-fronteira"),
]
ANOTHER_ROLE_IN_THE_SAME_SENTENCE = [pytest.param("As famílias chegaram a Damasco, e os soldados deixaram Alepo.", id="chegaram-e-deixaram")]
AN_ARRIVAL_WITH_NO_END_COMES_TO_THE_STORYS_END = [pytest.param(ROUTE, FILLER, "Todos os dias chegam mais pessoas.", id="no-end")]
AN_ARRIVAL_AT_A_PLACE_NAMED_IN_WORDS_STAYS_UNMAPPED = [pytest.param(ROUTE, FILLER, "Todos os dias chegam mais pessoas ao campo.", id="at-the-border")]

#: an origin the sentence gives by an anaphor ("the city") is its own, not lent: the story still gives the other end
A_DEPARTURE_FROM_THE_CITY_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, 'As estradas estavam cheias. Os preços subiram. As escolas fecharam. Raqqa está em ruínas. Os mercados estavam vazios.', 'Na segunda-feira, outras 300 pessoas deixaram a cidade.', id='deixar-a-cidade'),
    pytest.param(ROUTE, 'As estradas estavam cheias. Os preços subiram. As escolas fecharam. Raqqa está em ruínas. Os mercados estavam vazios.', 'Na segunda-feira, outras 300 pessoas fugiram da cidade.', id='fugiram-da-cidade'),
]
#: "a village" is a new place, not the one named before
A_PLACE_NOUN_AFTER_AN_INDEFINITE_ARTICLE_IS_NO_ANAPHOR = [pytest.param(ROUTE, 'As estradas estavam cheias. Os preços subiram. As escolas fecharam. Raqqa está em ruínas. Os mercados estavam vazios.', 'Na segunda-feira, outras 300 pessoas fugiram para uma aldeia.', id='para-uma-aldeia')]
#: "headquarters" is no place noun standing for a place named before
A_COMPOUND_NOUN_IS_NO_PLACE_NOUN = [pytest.param(ROUTE, 'As estradas estavam cheias. Os preços subiram. As escolas fecharam. Raqqa está em ruínas. Os mercados estavam vazios.', 'Na segunda-feira, o comando enviou duas cartas ao quartel general.', id='ao-quartel-general')]
#: going home, no place named: home is where the story's movers come from
HOME_IS_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, 'Em março, a maioria voltou para casa.', id='voltou-para-casa')]
#: two destinations stated once each (Aleppo, then Homs): the story's end is the one it names most (Homs)
A_TIE_GOES_TO_THE_END_THE_STORY_NAMES_MOST = [
    pytest.param(ROUTE + " Outro grupo chegou a Homs na terça-feira.", "Homs está calma. Os mercados de Homs reabriram. Choveu. Os preços subiram. As escolas fecharam.", "Na segunda-feira, outras 300 pessoas deixaram Raqqa.", id="named-most"),
]
#: an arrival that names no end stands between an earlier arrival (Homs) and a journey naming only its start:
#: the journey goes where the story goes (Aleppo), as that arrival does
A_JOURNEY_AFTER_AN_OPEN_ARRIVAL_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, "Na segunda-feira, um autocarro chegou a Homs. As estradas estavam cheias. Na terça-feira chegaram mais famílias.", "Tinham saído de Hama três dias antes.", id="after-an-open-arrival"),
]
#: "the border with X" names a place of its own: no place named before is read into it
A_PLACE_NOUN_WITH_ANOTHER_PLACE_IS_NO_ANAPHOR = [
    pytest.param(ROUTE, 'As estradas estavam cheias. Os preços subiram. As escolas fecharam. Raqqa está em ruínas. Os mercados estavam vazios.', "Na segunda-feira, outras 300 pessoas saíram da fronteira com a Alemanha.", id="border-with"),
]
