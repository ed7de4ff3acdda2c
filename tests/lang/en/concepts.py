"""English sentences of tests/lexicon/test_concepts.py, one table a test (see tests/lang/__init__.py)."""

import pytest

VERBS_OF_TAKING_AND_BRINGING = [
    pytest.param("The army brought the wounded from Raqqa to Palmyra.", ("raqqa", "palmyra"), id="bring"),
    pytest.param("Buses took the families from Raqqa to Palmyra.", ("raqqa", "palmyra"), id="take"),
    pytest.param("Trucks carried the families from Raqqa to Palmyra.", ("raqqa", "palmyra"), id="carry"),
]

VISIT_APPROACH_ORIGIN_AND_PASSAGE = [
    pytest.param("The envoy visited Palmyra last week.", (None, "palmyra"), id="visit"),
    pytest.param("The column approached Palmyra from the north.", (None, "palmyra"), id="approach"),
    pytest.param("The deal gave the fighters safe passage from Raqqa to Palmyra.", ("raqqa", "palmyra"), id="safe-passage"),
]

#: inflected forms and the frame each must reach (form:frame)
FORMS = ("fled:depart fleeing:depart left:depart escaped:depart withdrew:depart withdrawn:depart arrived:arrive reached:arrive "
    "entered:arrive crossed:traverse returned:move brought:transfer carried:transfer carrying:transfer sent:transfer "
    "visited:arrive approached:move approaching:move evacuated:transfer transported:transfer expelled:transfer "
    "escorted:transfer emigrated:depart originated:move accompanied:transfer rescued:transfer smuggled:transfer"
    " deployed:transfer redeployed:transfer shipped:transfer exiled:depart banished:transfer evicted:transfer ousted:transfer deployments:transfer"
    " ran:move swam:move swum:move climbed:move crawled:move hiked:move trudged:move waded:move rode:move ridden:move resettled:transfer")

REFUGE_FOUND = [
    pytest.param("Hundreds of families found refuge in Palmyra.", (None, "palmyra"), id="found-refuge"),
]

#: Levin 10.2 banish verbs (extradite) and a vehicle made to change course (divert)
EXTRADITE_AND_DIVERT = [
    pytest.param("The government extradited two suspects to Rome on Monday.", (None, "rome"), id="extradite"),
    pytest.param("The extradition of the banker from Oslo to Rome took a year.", ("oslo", "rome"), id="extradition"),
    pytest.param("The ferry was diverted to Rotterdam by the storm.", (None, "rotterdam"), id="divert"),
]

#: a ship that docks; setting out; reaching a place at last
DOCK_SET_OUT_MAKE_IT = [
    pytest.param("The ferry docked in Rotterdam at dawn.", (None, "rotterdam"), id="dock"),
    pytest.param("The boat had set out from Oslo two days earlier.", ("oslo", None), id="set-out"),
    pytest.param("Only a few of them made it to Rome.", (None, "rome"), id="make-it"),
]

#: Levin 11.1 send verbs (deploy, dispatch, ship) and 10.2 banish verbs (exile, banish, evict, oust),
#: with their nouns (geo/lexicon/concepts.toml)
SEND_AND_BANISH = [
    pytest.param('Two battalions were deployed from Oslo to Rome last week.', ('oslo', 'rome'), id='deploy'),
    pytest.param('The deployment of the brigade from Oslo to Rome ended in June.', ('oslo', 'rome'), id='deployment'),
    pytest.param('The old king was exiled to Rome after the coup.', (None, 'rome'), id='exile'),
    pytest.param('The council banished the merchants to Rotterdam.', (None, 'rotterdam'), id='banish'),
    pytest.param('The rebels were ousted from Rotterdam in May.', ('rotterdam', None), id='oust'),
    pytest.param('The prisoners were shipped from Oslo to Rome.', ('oslo', 'rome'), id='ship'),
]

#: Levin 51.3.2 run verbs (run, swim, crawl, wade, hike), 51.4.2 (ride) and resettle, with their ends
MANNER_OF_MOTION = [
    pytest.param('The children ran from Oslo to Rome.', ('oslo', 'rome'), id='ran'),
    pytest.param('The survivors swam from the wreck to Rome.', (None, 'rome'), id='swim'),
    pytest.param('The soldiers crawled to Rome under fire.', (None, 'rome'), id='crawl'),
    pytest.param('The refugees waded across the river to Rome.', (None, 'rome'), id='wade'),
    pytest.param('The families were resettled from Oslo to Rome.', ('oslo', 'rome'), id='resettle'),
    pytest.param('The resettlement of the villagers from Oslo to Rome took a year.', ('oslo', 'rome'), id='resettlement'),
    pytest.param('The evacuees were trucked from Oslo to Rome.', ('oslo', 'rome'), id='trucked'),
]

#: their figurative uses (prices climbing, running a business or a race, a candidate running) name no movement
FIGURATIVE_MANNER = [
    pytest.param('He runs a bakery in Rome.', id='runs-a-bakery'),
    pytest.param('Prices climbed to a record in Rome last year.', id='prices-climbed'),
]
