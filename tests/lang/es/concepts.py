"""Spanish sentences of tests/lexicon/test_concepts.py, one table a test (see tests/lang/__init__.py)."""

import pytest

REFLEXIVE_REFUGE = [
    pytest.param("Cientos de familias se refugiaron en Palmira.", (None, "palmyra"), id="reflexive"),
]

VERBS_OF_TAKING_AND_BRINGING = [
    pytest.param("Los heridos fueron llevados de Raqqa a Palmira.", ("raqqa", "palmyra"), id="llevar"),
]

VISIT_APPROACH_ORIGIN_AND_PASSAGE = [
    pytest.param("El enviado visitó Palmira.", (None, "palmyra"), id="visitar"),
    pytest.param("La columna se acercó a Palmira.", (None, "palmyra"), id="acercarse"),
]

#: inflected forms and the frame each must reach (form:frame)
FORMS = ("huyeron:depart salieron:depart partieron:depart dejaron:depart llegaron:arrive alcanzaron:arrive cruzaron:traverse "
    "volvieron:move regresaron:move llevados:transfer llevadas:transfer trajeron:transfer trasladados:transfer "
    "transportados:transfer evacuados:transfer enviados:transfer visitó:arrive acercaron:move repatriados:transfer "
    "expulsados:transfer desembarcaron:arrive conducidos:transfer condujeron:transfer acompañados:transfer socorridos:transfer contrabandeadas:transfer contrabandearon:transfer"
    " desplegados:transfer redesplegados:transfer despachados:transfer desterrados:transfer desahuciados:transfer"
    " corrieron:move nadaron:move escalaron:move treparon:move reptaron:move vadearon:move cabalgaron:move anduvieron:move")

REFUGE_FOUND = [
    pytest.param("Cientos de familias encontraron refugio en Palmira.", (None, "palmyra"), id="found-refuge"),
]

#: Levin 10.2 banish verbs (extradite) and a vehicle made to change course (divert)
EXTRADITE_AND_DIVERT = [
    pytest.param("El gobierno extraditó a dos sospechosos a Roma el lunes.", (None, "rome"), id="extraditar"),
    pytest.param("La extradición del banquero desde Oslo hasta Roma tardó un año.", ("oslo", "rome"), id="extradicion"),
    pytest.param("El ferry fue desviado a Róterdam por la tormenta.", (None, "rotterdam"), id="desviar"),
]

#: a ship that docks
DOCK_SET_OUT_MAKE_IT = [
    pytest.param("El ferry atracó en Róterdam al amanecer.", (None, "rotterdam"), id="atracar"),
]

#: Levin 11.1 send verbs (deploy, dispatch, ship) and 10.2 banish verbs (exile, banish, evict, oust),
#: with their nouns (geo/lexicon/concepts.toml)
SEND_AND_BANISH = [
    pytest.param('Dos batallones fueron desplegados desde Oslo hasta Roma la semana pasada.', ('oslo', 'rome'), id='desplegar'),
    pytest.param('El despliegue de la brigada de Oslo a Roma terminó en junio.', ('oslo', 'rome'), id='despliegue'),
    pytest.param('El consejo desterró a los mercaderes a Róterdam.', (None, 'rotterdam'), id='desterrar'),
    pytest.param('El general despachó dos batallones de Oslo a Roma.', ('oslo', 'rome'), id='despachar'),
]

#: Levin 51.3.2 run verbs (run, swim, crawl, wade, hike), 51.4.2 (ride) and resettle, with their ends
MANNER_OF_MOTION = [
    pytest.param('Los niños corrieron de Oslo a Roma.', ('oslo', 'rome'), id='correr'),
    pytest.param('Los soldados reptaron hasta Roma.', (None, 'rome'), id='reptar'),
    pytest.param('Los refugiados vadearon el río hasta Roma.', (None, 'rome'), id='vadear'),
    pytest.param('Cabalgaron desde Oslo hasta Roma.', ('oslo', 'rome'), id='cabalgar'),
]

#: their figurative uses (prices climbing, running a business or a race, a candidate running) name no movement
FIGURATIVE_MANNER = [
    pytest.param('El proyecto anda bien en Roma.', id='proyecto-anda'),
]
