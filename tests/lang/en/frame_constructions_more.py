"""English sentences of tests/extract/test_frame_constructions_more.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TIME_PHRASE_BETWEEN_VERB_AND_MARKER_COUNTS_AS_ONE_WORD = [
    pytest.param("The family returned on the morning of 3 May to Aleppo.", (None, "aleppo"), id="on-the-morning-of"),
]

A_WEAK_GOAL_OPENING_THE_CLAUSE_GOES_WITH_THE_ARRIVAL_AFTER_IT = [
    pytest.param("To Berlin came three hundred families yesterday.", (None, "geonames:2950159"), id="to-x-came"),
]

A_PHRASE_A_MARKER_OPENS_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("The refugees were transferred from the reception camp in Dundo to the new camp at Luanda.",
                 ("geonames:145757", "geonames:2240449"), id="from-the-camp-in-x-to-the-camp-at-y"),
]

A_NAME_THE_MARKER_OPENS_IS_NOT_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("The convoy went to Fassala in Mauritania.", "country:MRT", id="a-name-is-no-phrase"),
]

A_DISPLACED_PERSON_IN_X_IS_THERE_NOT_TAKEN_THERE = [
    pytest.param("A Syrian displaced in Aleppo told the agency that nobody knows where to go.", "aleppo", id="displaced-in-x"),
    pytest.param("Thousands of families displaced in Homs are waiting for aid.", "homs", id="displaced-in-x-plural"),
]

WHAT_THEY_FLEE_AFTER_THE_GOAL_IS_WHERE_THEY_LEAVE = [
    pytest.param("Thousands of Sudanese fled to Chad from the violence in Darfur.", ("darfur", "country:TCD"), id="to-x-from-the-violence-in-y"),
    pytest.param("Hundreds of families fled to Aleppo from their homes in Homs.", ("homs", "aleppo"), id="to-x-from-their-homes-in-y"),
]

THE_FIGHTING_AT_X_IS_WHAT_THEY_FLEE_NOT_WHERE_THEY_GO = [
    pytest.param("Hundreds of families fled to Aleppo from the fighting in Homs.", ("homs", "aleppo"), id="to-x-from-the-fighting-in-y"),
    pytest.param("Hundreds of families fled the heavy fighting in Homs.", ("homs", None), id="the-heavy-fighting-in-y"),
]

#: (from, to) expected; (place, None): no movement goes to that place
A_LOCATION_RIGHT_AFTER_A_FLIGHT_IS_WHERE_THEY_GO = [
    pytest.param("Twenty bodies were left in Kyiv.", ("geonames:703448", None), id="left-in-x"),
]

TAKING_A_VEHICLE_TO_X_IS_A_JOURNEY_THERE = [
    pytest.param("Hundreds of families took a ferry to Beirut from Tripoli.", ("geonames:266826", "geonames:276781"), id="took-a-ferry-to-x"),
    pytest.param("The families waited in Kigoma to catch the last boat to Bujumbura.", ("geonames:157738", "geonames:425378"), id="catch-the-last-boat"),
]

A_TIME_WORD_AFTER_A_DEPARTURE_IS_NOT_WHAT_THEY_LEAVE = [
    pytest.param("The minister fled on Sunday to Poland.", (None, "country:POL"), id="on-sunday"),
]

A_REFLEXIVE_VERB_HOLDS_ITS_AUXILIARY = [
    pytest.param("The refugees have made their way to Poland.", (None, "country:POL"), id="made-their-way"),
]

A_TIME_WORD_AFTER_THE_VERB_OPENS_NO_CLAUSE = [
    pytest.param("The families then continued to Beirut.", (None, "geonames:276781"), id="then-continued"),
]

A_SOURCE_OPENING_THE_SENTENCE_NEEDS_NO_COMMA = [
    pytest.param("From Homs the civilians were evacuated to Damascus.", ("homs", "damascus"), id="from-x-no-comma"),
]

A_PLACE_AFTER_AN_EVENT_AND_A_MOTION_IS_THE_MOTIONS = [
    pytest.param("Three prisoners were released and repatriated to Poland.", (None, "country:POL"), id="released-and-repatriated"),
]

A_NOUN_OF_MOTION_THAT_NAMES_THE_PLACE_NOUN_IS_PART_OF_THE_GOAL = [
    pytest.param("The families were taken to a transit camp in Warsaw.", (None, "geonames:756135"), id="transit-camp"),
]

A_VERB_OF_SENDING_BACK = [
    pytest.param("The men were sent back to Poland.", (None, "country:POL"), id="sent-back"),
]

A_PLACE_AFTER_ANOTHER_VERB_IS_NOT_WHERE_WHAT_THEY_LEAVE_LIES = [
    pytest.param("They left their homes in Homs and crossed Lebanon on foot.", ("homs", None), id="homes-in-x-and-crossed-y"),
]

THE_FLED_EVENT_BEFORE_A_VERB_THAT_COMES_LAST = [
    pytest.param("Hundreds have fled the fighting in Homs to Lebanon.", ("homs", "country:LBN"), id="have-fled-the-fighting"),
]

A_HAZARD_THE_NOUN_PHRASE_NAMES_IS_WHAT_MOVES = [
    pytest.param("The wall of water reached Kharkiv on Monday.", "geonames:706483", id="wall-of-water"),
]

A_NUMBER_OF_DAYS_AND_LATER_BEFORE_THE_MARKER = [
    pytest.param("The soldiers arrived four days later in Warsaw.", (None, "geonames:756135"), id="four-days-later"),
]

A_HAZARD_IN_A_SUBORDINATE_CLAUSE_BEFORE_THE_VERB = [
    pytest.param("Because the clashes went on, many families fled to Warsaw.", (None, "geonames:756135"), id="because-the-clashes"),
]

A_STAY_SPENT_BEFORE_THE_MOVE_IS_WHERE_IT_STARTS = [
    pytest.param('He came back to Graz after spending two weeks in Vienna.', ('geonames:2761369', 'geonames:2778067'), id='after-spending'),
    pytest.param('He came back to Graz after he spent two weeks in Vienna.', ('geonames:2761369', 'geonames:2778067'), id='after-he-spent'),
]

GETTING_ON_A_VEHICLE_AT_X_IS_WHERE_THEY_BOARD = [
    pytest.param('The soldiers got on a train in Vienna.', ('geonames:2761369', None), id='got-on'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_OBJECT = [
    pytest.param('The Red Cross moved by road the children from Homs to Damascus.', ("homs", "damascus"), id='by-road'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_PLACE_REACHED = [
    pytest.param('The children reached by train the schools of Damascus.', (None, "damascus"), id='by-train'),
]

# who holds or took a place, named by the word that also marks a start: no origin
THE_AGENT_OF_A_PARTICIPLE_IS_NO_ORIGIN = [
    pytest.param('The civilians were taken from Kherson to Crimea, which is controlled by Russia.', id='controlled-by'),
]

# whom the verb moves, a group of several words, after a time word
A_GROUP_MOVED_IS_ONE_OBJECT = [
    pytest.param('The army drove a second group of 25 women to Homs.', (None, "homs"), id='a-second-group-of'),
]

# how they came, between the verb and where they came from ("on foot from X")
A_MEANS_OF_TRAVEL_BEFORE_THE_START = [
    pytest.param('Most refugees came on foot from Aleppo.', ("aleppo", None), id='on-foot-from'),
]

WHERE_THE_SENTENCE_BEFORE_HELD_THEM = [
    pytest.param('The hikers had been trapped in Hama for days. On Monday a helicopter took them to Damascus.', ('geonames:170017', 'damascus'), id='trapped-in'),
]

THE_PLACE_OPENING_THE_SENTENCE_IS_WHERE_THEY_ARE = [
    pytest.param('Most families went to Beirut. In Hama, families who left Aleppo last week sleep in schools.', ('aleppo', 'geonames:170017'), id='opening-place'),
]

A_PLACE_OPENING_A_REPORT_IS_WHERE_IT_WAS_SAID = [
    pytest.param('Most families went to Beirut. In Hama, the agency said families left Aleppo last week.', ('aleppo', 'geonames:170017'), id='opening-place-said'),
]

HERE_IS_WHERE_THE_SPEAKER_IS = [
    pytest.param('Most families went to Beirut last week. "Dozens of families arrive here from Aleppo every night," said a doctor in Hama.', ('aleppo', 'geonames:170017'), id='here-said-in'),
]

A_VERB_OF_COMING_IS_NOT_WHERE_THE_SPEAKER_IS = [
    pytest.param('Most families went to Beirut last week. "Dozens of families come from Aleppo every night," said an agency spokesman in Hama.', ('aleppo', 'geonames:170017'), id='come-from-said-in'),
]

# where they are now, after a word of now: the end of a departure that names only its start
WHERE_THEY_ARE_NOW_AFTER_A_WORD_OF_NOW = [
    pytest.param('He left Homs in May and now lives in a tent in Aleppo.', ("homs", "aleppo"), id='now-lives-in'),
]

# a hazard after a place set before it: no people move
A_HAZARD_AFTER_A_FRONTED_PLACE = [
    pytest.param('In Kassel the water reached the first floor of the houses overnight.', id='in-x-the-water-reached'),
]
