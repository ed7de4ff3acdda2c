"""English sentences of tests/extract/test_story_route.py, one table a test (see tests/lang/__init__.py)."""

import pytest

ROUTE = "Hundreds of families fled Raqqa for Aleppo last week."
FILLER = "The roads were crowded. Prices rose. Schools closed. It rained. The markets were empty."

A_DEPARTURE_GOES_WHERE_THE_STORY_GOES = [pytest.param(ROUTE, FILLER, "On Monday another 300 people left Raqqa.", id="left")]
AN_ARRIVAL_COMES_FROM_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, "On Monday another 300 people reached Aleppo.", id="reached")]
AN_END_NAMED_IN_WORDS_IS_NOT_THE_STORYS = [
    pytest.param(ROUTE, FILLER, "On Monday another 300 people left Raqqa for the border.", id="for-the-border"),
    pytest.param(ROUTE, FILLER, "On Monday another 300 people left Raqqa for Smalltown.", id="for-an-unknown-name"),
]
ANOTHER_ROLE_IN_THE_SAME_SENTENCE = [pytest.param("Families reached Damascus, and soldiers left Aleppo.", id="reached-and-left")]
AN_ARRIVAL_WITH_NO_END_COMES_TO_THE_STORYS_END = [pytest.param(ROUTE, FILLER, "More people arrive every day.", id="no-end")]
AN_ARRIVAL_AT_A_PLACE_NAMED_IN_WORDS_STAYS_UNMAPPED = [pytest.param(ROUTE, FILLER, "More people arrive at the border every day.", id="at-the-border")]

#: an origin the sentence gives by an anaphor ("the city") is its own, not lent: the story still gives the other end
A_DEPARTURE_FROM_THE_CITY_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, 'The roads were crowded. Prices rose. Schools closed. Raqqa lies in ruins. The markets were empty.', 'On Monday another 300 people left the city.', id='left-the-city'),
    pytest.param(ROUTE, 'The roads were crowded. Prices rose. Schools closed. Raqqa lies in ruins. The markets were empty.', 'On Monday another 300 people fled from the city.', id='fled-from-the-city'),
]
#: "a village" is a new place, not the one named before
A_PLACE_NOUN_AFTER_AN_INDEFINITE_ARTICLE_IS_NO_ANAPHOR = [pytest.param(ROUTE, 'The roads were crowded. Prices rose. Schools closed. Raqqa lies in ruins. The markets were empty.', 'On Monday another 300 people fled to a village.', id='to-a-village')]
#: going home, no place named: home is where the story's movers come from
HOME_IS_WHERE_THE_STORY_STARTS = [pytest.param(ROUTE, FILLER, 'In March most of them went back home.', id='went-back-home')]
#: two destinations stated once each (Aleppo, then Homs): the story's end is the one it names most (Homs)
A_TIE_GOES_TO_THE_END_THE_STORY_NAMES_MOST = [
    pytest.param(ROUTE + " Another group reached Homs on Tuesday.", "Homs is calm. The markets of Homs opened. It rained. Prices rose. Schools closed.", "On Monday another 300 people left Raqqa.", id="named-most"),
]
#: an arrival that names no end stands between an earlier arrival (Homs) and a journey naming only its start:
#: the journey goes where the story goes (Aleppo), as that arrival does
A_JOURNEY_AFTER_AN_OPEN_ARRIVAL_GOES_WHERE_THE_STORY_GOES = [
    pytest.param(ROUTE, "On Monday a bus arrived in Homs. The roads were full. On Tuesday more families arrived.", "They had left Hama three days earlier.", id="after-an-open-arrival"),
]
#: "the border with X" names a place of its own: no place named before is read into it
A_PLACE_NOUN_WITH_ANOTHER_PLACE_IS_NO_ANAPHOR = [
    pytest.param(ROUTE, 'The roads were crowded. Prices rose. Schools closed. Raqqa lies in ruins. The markets were empty.', "On Monday another 300 people left the border with Germany.", id="border-with"),
]
