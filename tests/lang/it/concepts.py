"""Italian sentences of tests/lexicon/test_concepts.py, one table a test (see tests/lang/__init__.py)."""

import pytest

REFLEXIVE_REFUGE = [
    pytest.param("Centinaia di famiglie si sono rifugiate a Palmira.", (None, "palmyra"), id="reflexive"),
]

VERBS_OF_TAKING_AND_BRINGING = [
    pytest.param("I feriti sono stati portati da Raqqa a Palmira.", ("raqqa", "palmyra"), id="portare"),
]

VISIT_APPROACH_ORIGIN_AND_PASSAGE = [
    pytest.param("L'inviato ha visitato Palmira.", (None, "palmyra"), id="visitare"),
    pytest.param("La colonna si è avvicinata a Palmira.", (None, "palmyra"), id="avvicinarsi"),
]

#: inflected forms and the frame each must reach (form:frame)
FORMS = ("fuggiti:depart fuggite:depart partiti:depart lasciato:depart arrivati:arrive giunti:arrive raggiunto:arrive "
    "attraversato:traverse tornati:move rientrati:move portati:transfer trasferiti:transfer trasportati:transfer "
    "evacuati:transfer inviati:transfer visitato:arrive avvicinati:move rimpatriati:transfer espulsi:transfer "
    "sbarcati:arrive condotti:transfer condusse:transfer accompagnati:transfer salvati:transfer contrabbandate:transfer"
    " dispiegati:transfer schierati:transfer spediti:transfer esiliati:depart sfrattati:transfer estromessi:transfer"
    " corsero:move nuotarono:move arrampicati:move strisciarono:move guadarono:move cavalcarono:move")

REFUGE_FOUND = [
    pytest.param("Centinaia di famiglie hanno trovato rifugio a Palmira.", (None, "palmyra"), id="found-refuge"),
]

#: Levin 10.2 banish verbs (extradite) and a vehicle made to change course (divert)
EXTRADITE_AND_DIVERT = [
    pytest.param("Il governo ha estradato due sospettati verso Roma lunedì.", (None, "rome"), id="estradare"),
    pytest.param("L'estradizione del banchiere da Oslo a Roma è durata un anno.", ("oslo", "rome"), id="estradizione"),
    pytest.param("Il traghetto è stato dirottato verso Rotterdam a causa della tempesta.", (None, "rotterdam"), id="dirottare"),
]

#: a ship that docks
DOCK_SET_OUT_MAKE_IT = [
    pytest.param("Il traghetto ha attraccato a Rotterdam all'alba.", (None, "rotterdam"), id="attraccare"),
]

#: Levin 11.1 send verbs (deploy, dispatch, ship) and 10.2 banish verbs (exile, banish, evict, oust),
#: with their nouns (geo/lexicon/concepts.toml)
SEND_AND_BANISH = [
    pytest.param('Due battaglioni sono stati dispiegati da Oslo a Roma la settimana scorsa.', ('oslo', 'rome'), id='dispiegare'),
    pytest.param('Il dispiegamento della brigata da Oslo a Roma è terminato a giugno.', ('oslo', 'rome'), id='dispiegamento'),
    pytest.param('Il vecchio re fu esiliato a Roma dopo il colpo di Stato.', (None, 'rome'), id='esiliare'),
    pytest.param('I ribelli sono stati estromessi da Rotterdam a maggio.', ('rotterdam', None), id='estromettere'),
    pytest.param('I prigionieri furono spediti da Oslo a Roma.', ('oslo', 'rome'), id='spedire'),
]

#: Levin 51.3.2 run verbs (run, swim, crawl, wade, hike), 51.4.2 (ride) and resettle, with their ends
MANNER_OF_MOTION = [
    pytest.param('I bambini corsero da Oslo a Roma.', ('oslo', 'rome'), id='corsero'),
    pytest.param('I soldati strisciarono fino a Roma.', (None, 'rome'), id='strisciare'),
    pytest.param('I profughi guadarono il fiume fino a Roma.', (None, 'rome'), id='guadare'),
    pytest.param('I superstiti nuotarono fino a Roma.', (None, 'rome'), id='nuotare'),
]

#: their figurative uses (prices climbing, running a business or a race, a candidate running) name no movement
FIGURATIVE_MANNER = [
    pytest.param('Il candidato corre a Roma.', id='candidato-corre'),
]
