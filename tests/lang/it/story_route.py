"""Italian sentences of tests/extract/test_story_route.py, one table a test (see tests/lang/__init__.py)."""

import pytest

ROUTE = "Centinaia di famiglie sono fuggite da Raqqa verso Aleppo la settimana scorsa."
FILLER = "Le strade erano piene. I prezzi sono saliti. Le scuole hanno chiuso. Ha piovuto. I mercati erano vuoti."

A_DEPARTURE_GOES_WHERE_THE_STORY_GOES = [pytest.param(ROUTE, FILLER, "Lunedì altre 300 persone hanno lasciato Raqqa.", id="lasciare")]
AN_ARRIVAL_COMES_FROM_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, "Lunedì altre 300 persone sono arrivate ad Aleppo.", id="arrivare")]
AN_END_NAMED_IN_WORDS_IS_NOT_THE_STORYS = [
    pytest.param(ROUTE, FILLER, "Lunedì altre 300 persone hanno lasciato Raqqa verso il confine.", id="verso-il-confine"),
]
ANOTHER_ROLE_IN_THE_SAME_SENTENCE = [pytest.param("Le famiglie hanno raggiunto Damasco, e i soldati hanno lasciato Aleppo.", id="raggiunto-e-lasciato")]
AN_ARRIVAL_WITH_NO_END_COMES_TO_THE_STORYS_END = [pytest.param(ROUTE, FILLER, "Ogni giorno arrivano altre persone.", id="no-end")]
AN_ARRIVAL_AT_A_PLACE_NAMED_IN_WORDS_STAYS_UNMAPPED = [pytest.param(ROUTE, FILLER, "Ogni giorno arrivano altre persone al confine.", id="at-the-border")]

#: an origin the sentence gives by an anaphor ("the city") is its own, not lent: the story still gives the other end
A_DEPARTURE_FROM_THE_CITY_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, 'Le strade erano piene. I prezzi sono saliti. Le scuole hanno chiuso. Raqqa è in rovina. I mercati erano vuoti.', 'Lunedì altre 300 persone hanno lasciato la città.', id='lasciare-la-citta'),
    pytest.param(ROUTE, 'Le strade erano piene. I prezzi sono saliti. Le scuole hanno chiuso. Raqqa è in rovina. I mercati erano vuoti.', 'Lunedì altre 300 persone sono fuggite dalla città.', id='fuggite-dalla-citta'),
]
#: "a village" is a new place, not the one named before
A_PLACE_NOUN_AFTER_AN_INDEFINITE_ARTICLE_IS_NO_ANAPHOR = [pytest.param(ROUTE, 'Le strade erano piene. I prezzi sono saliti. Le scuole hanno chiuso. Raqqa è in rovina. I mercati erano vuoti.', 'Lunedì altre 300 persone sono fuggite verso un villaggio.', id='verso-un-villaggio')]
#: going home, no place named: home is where the story's movers come from
HOME_IS_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, 'A marzo la maggior parte è tornata a casa.', id='tornata-a-casa')]
#: two destinations stated once each (Aleppo, then Homs): the story's end is the one it names most (Homs)
A_TIE_GOES_TO_THE_END_THE_STORY_NAMES_MOST = [
    pytest.param(ROUTE + " Un altro gruppo ha raggiunto Homs martedì.", "Homs è tranquilla. I mercati di Homs hanno riaperto. Ha piovuto. I prezzi sono saliti. Le scuole hanno chiuso.", "Lunedì altre 300 persone hanno lasciato Raqqa.", id="named-most"),
]
#: an arrival that names no end stands between an earlier arrival (Homs) and a journey naming only its start:
#: the journey goes where the story goes (Aleppo), as that arrival does
A_JOURNEY_AFTER_AN_OPEN_ARRIVAL_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, "Lunedì un autobus è arrivato a Homs. Le strade erano piene. Martedì sono arrivate altre famiglie.", "Erano partite da Hama tre giorni prima.", id="after-an-open-arrival"),
]
#: "the border with X" names a place of its own: no place named before is read into it
A_PLACE_NOUN_WITH_ANOTHER_PLACE_IS_NO_ANAPHOR = [
    pytest.param(ROUTE, 'Le strade erano piene. I prezzi sono saliti. Le scuole hanno chiuso. Raqqa è in rovina. I mercati erano vuoti.', "Lunedì altre 300 persone hanno lasciato il confine con la Germania.", id="border-with"),
]
