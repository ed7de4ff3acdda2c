"""English sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Shelling hit Deraa and Homs in Syria. Thousands of families fled Deraa towards the borders of Jordan and Lebanon.", BORDERS, id="towards-the-borders-of-x-and-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param('The army escorted a convoy of forty trucks between the logistics base (LB) of Gao and the air base at Niamey.', ("geonames:2457163", "geonames:2440485"), id="escorted-between-the-base-of-x-and-the-base-at-y"),
]

NOUNS_OF_THE_WAY_TAKEN = [
    pytest.param('It was a long trip of two days from Krakow.', ('geonames:3094802', None), id="a-long-trip-from-x"),
]

A_PAST_PERFECT_OF_LEAVING = [
    pytest.param('The plane had departed from Madrid on Monday morning.', ('geonames:3117735', None), id="had-departed-from-x"),
]

A_GOAL_AFTER_A_SOURCE_PHRASE = [
    pytest.param('A bus brought the families from the old reception centre to Aleppo.', (None, 'aleppo'), id="brought-them-from-the-centre-to-x"),
]

NO_END_FROM_THE_STORY_WHERE_THE_SENTENCE_STATES_IT = [
    pytest.param('The convoy left Raqqa for Palmyra. A bus then brought the families from the old reception centre towards Aleppo.', (None, 'aleppo'), id="from-the-centre-towards-x"),
]

AN_OBJECT_LATER_IN_ITS_CLAUSE = [
    pytest.param('The fighters left during the night the besieged town of Homs.', ("homs", None), id="left-during-the-night-the-town-of-x"),
]

CROSSING_A_BORDER_WRITTEN_AS_A_PAIR = [
    pytest.param('Five thousand migrants crossed the Serbian-Hungarian border.', ('country:SRB', 'country:HUN'), id="crossed-the-x-y-border"),
    pytest.param('Five thousand migrants crossed the Hungarian-Serbian border.', ('country:HUN', 'country:SRB'), id="crossed-the-y-x-border-the-other-way"),
]

THE_SUBJECT_AFTER_ITS_VERB = [
    pytest.param('Arriving in Damascus on Sunday were 40 trucks from Homs.', [('homs', 'damascus')], id='arriving-in-y-were-trucks-from-x'),
    pytest.param('Forty buses reached Damascus on Sunday, coming from Homs.', [('homs', 'damascus')], id='reached-y-coming-from-x'),
]

THE_SUBJECT_OF_AN_EVACUATION = [
    pytest.param('Several villages around Aleppo were evacuated on Sunday.', [('aleppo~near', None)], id='villages-around-x-were-evacuated'),
    pytest.param('Homs and Hama were evacuated.', [('homs', None), ('geonames:170017', None)], id='x-and-y-were-evacuated'),
]

TAKEN_INTO_A_BUILDING_OR_ACCOMPANIED = [
    pytest.param('The children were accompanied to a school in Lviv.', [(None, 'geonames:702550')], id='accompanied-to-a-school-in-x'),
    pytest.param('The survivors were rescued from Mariupol on Monday.', [('geonames:701822', None)], id='rescued-from-x'),
]

THE_MOVERS_BETWEEN_VERB_AND_GOAL = [
    pytest.param('The deportation of the men to Syria was confirmed.', [(None, 'syria')], id='deportation-of-the-men-to-x'),
    pytest.param('The army drove the villagers to Homs.', [(None, 'homs')], id='drove-the-villagers-to-x'),
]
