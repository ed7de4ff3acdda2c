"""Portuguese sentences of tests/lexicon/test_concepts.py, one table a test (see tests/lang/__init__.py)."""

import pytest

REFLEXIVE_REFUGE = [
    pytest.param("Centenas de famílias refugiaram-se em Palmira.", (None, "palmyra"), id="reflexive"),
]

VERBS_OF_TAKING_AND_BRINGING = [
    pytest.param("Os feridos foram levados de Raqqa para Palmira.", ("raqqa", "palmyra"), id="levar"),
]

VISIT_APPROACH_ORIGIN_AND_PASSAGE = [
    pytest.param("O enviado visitou Palmira.", (None, "palmyra"), id="visitar"),
]

#: inflected forms and the frame each must reach (form:frame)
FORMS = ("partido:depart fugiram:depart pousou:arrive aterrissou:arrive decolou:depart partiram:depart deixaram:depart chegaram:arrive alcançaram:arrive atravessaram:traverse "
    "voltaram:move regressaram:move levados:transfer levaram:transfer trouxeram:transfer transferidos:transfer "
    "transportados:transfer evacuados:transfer enviados:transfer visitou:arrive aproximaram:move repatriados:transfer "
    "expulsos:transfer desembarcaram:arrive conduzidos:transfer conduziu:transfer resgatados:transfer socorridos:transfer contrabandeadas:transfer contrabandeou:transfer"
    " despachados:transfer posicionados:transfer reposicionados:transfer expedidos:transfer banidos:transfer despejados:transfer"
    " correram:move nadaram:move escalaram:move rastejaram:move vadearam:move cavalgaram:move")

REFUGE_FOUND = [
    pytest.param("Centenas de famílias encontraram refúgio em Palmira.", (None, "palmyra"), id="found-refuge"),
]

#: Levin 10.2 banish verbs (extradite) and a vehicle made to change course (divert)
EXTRADITE_AND_DIVERT = [
    pytest.param("O governo extraditou dois suspeitos rumo a Roma na segunda-feira.", (None, "rome"), id="extraditar"),
    pytest.param("A extradição do banqueiro desde Oslo até Roma demorou um ano.", ("oslo", "rome"), id="extradicao"),
    pytest.param("O ferry foi desviado rumo a Roterdão por causa da tempestade.", (None, "rotterdam"), id="desviar"),
]

#: a ship that docks
DOCK_SET_OUT_MAKE_IT = [
    pytest.param("O ferry atracou em Roterdão ao amanhecer.", (None, "rotterdam"), id="atracar"),
]

#: Levin 11.1 send verbs (deploy, dispatch, ship) and 10.2 banish verbs (exile, banish, evict, oust),
#: with their nouns (geo/lexicon/concepts.toml)
SEND_AND_BANISH = [
    pytest.param('Dois batalhões foram reposicionados de Oslo para Roma na semana passada.', ('oslo', 'rome'), id="reposicionar"),
    pytest.param('O destacamento da brigada de Oslo para Roma terminou em junho.', ('oslo', 'rome'), id="destacamento"),
    pytest.param('O conselho baniu os mercadores para Roma.', (None, 'rome'), id='banir'),
    pytest.param('O general despachou dois batalhões de Oslo para Roma.', ('oslo', 'rome'), id='despachar'),
]

#: Levin 51.3.2 run verbs (run, swim, crawl, wade, hike), 51.4.2 (ride) and resettle, with their ends
MANNER_OF_MOTION = [
    pytest.param('As crianças correram de Oslo para Roma.', ('oslo', 'rome'), id='correram'),
    pytest.param('Os soldados rastejaram até Roma.', (None, 'rome'), id='rastejar'),
    pytest.param('Os refugiados vadearam o rio até Roma.', (None, 'rome'), id='vadear'),
    pytest.param('Eles cavalgaram de Oslo até Roma.', ('oslo', 'rome'), id='cavalgar'),
]

#: their figurative uses (prices climbing, running a business or a race, a candidate running) name no movement
FIGURATIVE_MANNER = [
    pytest.param('O candidato corre em Roma.', id='candidato-corre'),
]
