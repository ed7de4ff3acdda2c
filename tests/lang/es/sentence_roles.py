"""Spanish sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Las granadas cayeron sobre Deraa y Homs en Siria. Miles de familias huyeron de Deraa hacia las fronteras de Jordania y Líbano.", BORDERS, id="hacia-las-fronteras-de-x-y-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param('El ejército escoltó un convoy de cuarenta camiones entre la base logística (BL) de Gao y la base aérea de Niamey.', ("geonames:2457163", "geonames:2440485"), id="escolto-entre-la-base-de-x-y-la-base-de-y"),
]

NOUNS_OF_THE_WAY_TAKEN = [
    pytest.param('Tras un camino de tres semanas desde Cracovia, las familias descansan.', ('geonames:3094802', None), id="tras-un-camino-desde-x"),
]

A_PAST_PERFECT_OF_LEAVING = [
    pytest.param('El avión había salido de Madrid el lunes por la mañana.', ('geonames:3117735', None), id="habia-salido-de-x"),
]

A_GOAL_AFTER_A_SOURCE_PHRASE = [
    pytest.param('Un autobús trajo a las familias del viejo centro de acogida a Alepo.', (None, 'aleppo'), id="del-centro-a-x"),
]

NO_END_FROM_THE_STORY_WHERE_THE_SENTENCE_STATES_IT = [
    pytest.param('El convoy dejó Raqqa rumbo a Palmira. Un autobús trajo a las familias desde el viejo centro de acogida hasta Alepo.', (None, 'aleppo'), id="desde-el-centro-hasta-x"),
]

AN_OBJECT_LATER_IN_ITS_CLAUSE = [
    pytest.param('Los combatientes abandonaron durante la noche del sábado al domingo la ciudad de Homs.', ("homs", None), id="abandonaron-durante-la-noche-la-ciudad-de-x"),
]

# (the adjectives are read as the border's, not yet as each country's: the border line is the end)
CROSSING_A_BORDER_WRITTEN_AS_A_PAIR = [
    pytest.param('Cinco mil migrantes cruzaron la frontera serbo-húngara.', (None, 'border:country:HUN|country:SRB'), id="cruzaron-la-frontera-x-y"),
]

THE_SUBJECT_AFTER_ITS_VERB = [
    pytest.param('El domingo llegaron a Damasco 40 autobuses procedentes de Homs.', [('homs', 'damascus')], id='llegaron-a-y-procedentes-de-x'),
    pytest.param('Llegaron a Berlín desde Polonia 500 familias.', [('country:POL', 'geonames:2950159')], id='llegaron-a-y-desde-x-500'),
]

THE_SUBJECT_OF_AN_EVACUATION = [
    pytest.param('Varias aldeas cerca de Alepo fueron evacuadas el domingo.', [('aleppo~near', None)], id='aldeas-cerca-de-x-evacuadas'),
    pytest.param('Homs y Hama fueron evacuadas.', [('homs', None), ('geonames:170017', None)], id='x-y-y-evacuadas'),
]

TAKEN_INTO_A_BUILDING_OR_ACCOMPANIED = [
    pytest.param('Los niños fueron conducidos a una escuela en Leópolis.', [(None, 'geonames:702550')], id='conducidos-a-una-escuela-en-x'),
    pytest.param('Los niños fueron acompañados hasta Leópolis.', [(None, 'geonames:702550')], id='acompanados-hasta-x'),
]

THE_MOVERS_BETWEEN_VERB_AND_GOAL = [
    pytest.param('El traslado de los pacientes a Damasco fue confirmado.', [(None, 'damascus')], id='traslado-de-los-pacientes-a-x'),
    pytest.param('El ejército trasladó a los hombres a Homs.', [(None, 'homs')], id='traslado-a-los-hombres-a-x'),
]
