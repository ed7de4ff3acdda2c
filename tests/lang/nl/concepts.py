"""Dutch sentences of tests/lexicon/test_concepts.py, one table a test (see tests/lang/__init__.py)."""

import pytest

VERBS_OF_TAKING_AND_BRINGING = [
    pytest.param("Het leger bracht de gewonden van Raqqa naar Palmyra.", ("raqqa", "palmyra"), id="brengen"),
    pytest.param("Vrachtwagens vervoerden de gezinnen van Raqqa naar Palmyra.", ("raqqa", "palmyra"), id="vervoeren"),
    pytest.param("De gewonden werden van Raqqa naar Palmyra overgebracht.", ("raqqa", "palmyra"), id="overbrengen"),
]

VISIT_APPROACH_ORIGIN_AND_PASSAGE = [
    pytest.param("De gezant bezocht vorige week Palmyra.", (None, "palmyra"), id="bezoeken"),
    pytest.param("De colonne naderde gisteren Palmyra.", (None, "palmyra"), id="naderen"),
    pytest.param("Veel van de gezinnen stammen uit Raqqa.", ("raqqa", None), id="stammen-uit"),
]

#: inflected forms and the frame each must reach (form:frame)
FORMS = ("vluchtten:depart gevlucht:depart vertrok:depart vertrokken:depart verlieten:depart ontsnapten:depart "
    "teruggetrokken:depart uitgereisd:depart aangekomen:arrive arriveerden:arrive bereikten:arrive bezochten:arrive "
    "binnengekomen:arrive landden:arrive overgestoken:traverse passeerden:traverse teruggekeerd:move reisden:move "
    "naderden:move stamt:move brachten:transfer gebracht:transfer overgebracht:transfer vervoerden:transfer "
    "geevacueerd:transfer evacueerden:transfer gestuurd:transfer gedeporteerd:transfer uitgewezen:transfer "
    "gerepatrieerd:transfer geescorteerd:transfer meegenomen:transfer begeleid:transfer gered:transfer"
    " ingezet:transfer uitgestuurd:transfer verscheept:transfer verbannen:transfer verbande:transfer"
    " renden:move zwommen:move gezwommen:move beklommen:move kropen:move waadden:move wandelden:move hervestigd:transfer")

#: Levin 10.2 banish verbs (extradite) and a vehicle made to change course (divert)
EXTRADITE_AND_DIVERT = [
    pytest.param("De regering heeft twee verdachten naar Rome uitgeleverd.", (None, "rome"), id="uitleveren"),
    pytest.param("De uitlevering van de bankier van Oslo naar Rome duurde een jaar.", ("oslo", "rome"), id="uitlevering"),
    pytest.param("De veerboot werd vanwege de storm naar Rotterdam omgeleid.", (None, "rotterdam"), id="omleiden"),
]

#: the finite verb apart from its separable prefix ("leverde ... uit" is "uitleveren")
SEPARATED_PREFIX = [
    pytest.param("Het land leverde de bankier vorige week naar Italië uit.", (None, "italy"), id="leveren-uit"),
    pytest.param("De luchtmacht vloog de gewonden van Utrecht naar Rotterdam uit.", ("utrecht", "rotterdam"), id="vliegen-uit"),
]

#: a ship that docks
DOCK_SET_OUT_MAKE_IT = [
    pytest.param("De veerboot meerde bij zonsopgang in Rotterdam aan.", (None, "rotterdam"), id="aanmeren"),
]

#: a prefix of direction joined to a verb of motion ("teruggestuurd" is "gestuurd")
DIRECTION_PREFIX = [
    pytest.param("De kinderen werden naar Rome teruggestuurd.", (None, "rome"), id="teruggestuurd"),
]

#: Levin 11.1 send verbs (deploy, dispatch, ship) and 10.2 banish verbs (exile, banish, evict, oust),
#: with their nouns (geo/lexicon/concepts.toml)
SEND_AND_BANISH = [
    pytest.param('Twee bataljons werden van Oslo naar Rome uitgestuurd.', ('oslo', 'rome'), id='uitsturen'),
    pytest.param('De oude koning ging na de staatsgreep in ballingschap naar Rome.', (None, 'rome'), id='ballingschap'),
    pytest.param('De raad verbande de kooplieden naar Rotterdam.', (None, 'rotterdam'), id='verbannen'),
    pytest.param('De gevangenen werden van Oslo naar Rome verscheept.', ('oslo', 'rome'), id='verschepen'),
]

#: Levin 51.3.2 run verbs (run, swim, crawl, wade, hike), 51.4.2 (ride) and resettle, with their ends
MANNER_OF_MOTION = [
    pytest.param('De kinderen renden van Oslo naar Rome.', ('oslo', 'rome'), id='rennen'),
    pytest.param('De soldaten kropen naar Rome.', (None, 'rome'), id='kruipen'),
    pytest.param('De overlevenden zwommen naar Rome.', (None, 'rome'), id='zwemmen'),
    pytest.param('De families werden van Oslo naar Rome hervestigd.', ('oslo', 'rome'), id='hervestigen'),
]

#: their figurative uses (prices climbing, running a business or a race, a candidate running) name no movement
FIGURATIVE_MANNER = [
    pytest.param('De prijzen klommen in Italië.', id='prijzen-klommen'),
]
