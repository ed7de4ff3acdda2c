"""German sentences of tests/extract/test_story_route.py, one table a test (see tests/lang/__init__.py)."""

import pytest

ROUTE = "Hunderte Familien flohen letzte Woche aus Rakka nach Aleppo."
FILLER = "Die Straßen waren voll. Die Preise stiegen. Die Schulen schlossen. Es regnete. Die Märkte waren leer."

A_DEPARTURE_GOES_WHERE_THE_STORY_GOES = [pytest.param(ROUTE, FILLER, "Am Montag flohen weitere 300 Menschen aus Rakka.", id="fliehen")]
AN_ARRIVAL_COMES_FROM_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, "Am Montag kamen weitere 300 Menschen in Aleppo an.", id="ankommen")]
AN_END_NAMED_IN_WORDS_IS_NOT_THE_STORYS = [
    pytest.param(ROUTE, FILLER, "Am Montag flohen weitere 300 Menschen aus Rakka in Richtung der Grenze.", id="richtung-grenze"),
]
ANOTHER_ROLE_IN_THE_SAME_SENTENCE = [pytest.param("Die Familien erreichten Damaskus, die Soldaten flohen aus Aleppo.", id="erreichten-und-flohen")]
AN_ARRIVAL_WITH_NO_END_COMES_TO_THE_STORYS_END = [pytest.param(ROUTE, FILLER, "Jeden Tag kommen weitere Menschen an.", id="no-end")]

#: an origin the sentence gives by an anaphor ("the city") is its own, not lent: the story still gives the other end
A_DEPARTURE_FROM_THE_CITY_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, 'Die Straßen waren voll. Die Preise stiegen. Die Schulen schlossen. Rakka liegt in Trümmern. Die Märkte waren leer.', 'Am Montag flohen weitere 300 Menschen aus der Stadt.', id='flohen-aus-der-stadt'),
]
#: "a village" is a new place, not the one named before
A_PLACE_NOUN_AFTER_AN_INDEFINITE_ARTICLE_IS_NO_ANAPHOR = [pytest.param(ROUTE, 'Die Straßen waren voll. Die Preise stiegen. Die Schulen schlossen. Rakka liegt in Trümmern. Die Märkte waren leer.', 'Am Montag flohen weitere 300 Menschen in ein Dorf.', id='in-ein-dorf')]
#: going home, no place named: home is where the story's movers come from
HOME_IS_WHERE_THE_STORY_STARTS = [
    pytest.param(ROUTE, FILLER, 'Im März kehrten die meisten nach Hause zurück.', id='nach-hause'),
    pytest.param(ROUTE, FILLER, 'Im März sind die meisten nach Hause zurückgekehrt.', id='nach-hause-verb-final'),
]
#: two destinations stated once each (Aleppo, then Homs): the story's end is the one it names most (Homs)
A_TIE_GOES_TO_THE_END_THE_STORY_NAMES_MOST = [
    pytest.param(ROUTE + " Eine andere Gruppe erreichte am Dienstag Homs.", "Homs ist ruhig. Die Märkte von Homs öffneten. Es regnete. Die Preise stiegen. Die Schulen schlossen.", "Am Montag flohen weitere 300 Menschen aus Rakka.", id="named-most"),
]
#: an arrival that names no end stands between an earlier arrival (Homs) and a journey naming only its start:
#: the journey goes where the story goes (Aleppo), as that arrival does
A_JOURNEY_AFTER_AN_OPEN_ARRIVAL_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, "Am Montag kam ein Bus in Homs an. Die Straßen waren voll. Am Dienstag kamen weitere Familien an.", "Sie hatten Hama drei Tage zuvor verlassen.", id="after-an-open-arrival"),
]
#: "the border with X" names a place of its own: no place named before is read into it
A_PLACE_NOUN_WITH_ANOTHER_PLACE_IS_NO_ANAPHOR = [
    pytest.param(ROUTE, 'Die Straßen waren voll. Die Preise stiegen. Die Schulen schlossen. Rakka liegt in Trümmern. Die Märkte waren leer.', "Am Montag verließen weitere 300 Menschen die Grenze zu Deutschland.", id="border-with"),
]
