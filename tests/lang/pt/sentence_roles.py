"""Portuguese sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Granadas atingiram Deraa e Homs na Síria. Milhares de famílias fugiram de Deraa rumo às fronteiras da Jordânia e do Líbano.", BORDERS, id="rumo-as-fronteiras-de-x-e-de-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param('O exército escoltou um comboio de quarenta caminhões entre a base logística (BL) de Gao e a base aérea de Niamey.', ("geonames:2457163", "geonames:2440485"), id="escoltou-entre-a-base-de-x-e-a-base-de-y"),
]

NOUNS_OF_THE_WAY_TAKEN = [
    pytest.param('Depois de um caminho de três semanas desde Cracóvia, as famílias descansam.', ('geonames:3094802', None), id="depois-de-um-caminho-desde-x"),
]

A_PAST_PERFECT_OF_LEAVING = [
    pytest.param('O avião havia partido de Madri na manhã de segunda-feira.', ('geonames:3117735', None), id="havia-partido-de-x"),
]

A_GOAL_AFTER_A_SOURCE_PHRASE = [
    pytest.param('Um ônibus levou as famílias do velho centro de acolhimento para Alepo.', (None, 'aleppo'), id="do-centro-para-x"),
]

NO_END_FROM_THE_STORY_WHERE_THE_SENTENCE_STATES_IT = [
    pytest.param('O comboio deixou Raqqa rumo a Palmira. Um ônibus trouxe as famílias desde o velho centro de acolhimento até Alepo.', (None, 'aleppo'), id="desde-o-centro-ate-x"),
]

AN_OBJECT_LATER_IN_ITS_CLAUSE = [
    pytest.param('Os combatentes deixaram durante a noite de sábado para domingo a cidade de Homs.', ("homs", None), id="deixaram-durante-a-noite-a-cidade-de-x"),
]

CROSSING_A_BORDER_WRITTEN_AS_A_PAIR = [
    pytest.param('Cinco mil migrantes atravessaram a fronteira sérvio-húngara.', ('country:SRB', 'country:HUN'), id="atravessaram-a-fronteira-x-y"),
]

THE_SUBJECT_AFTER_ITS_VERB = [
    pytest.param('No domingo chegaram a Damasco 40 autocarros vindos de Homs.', [('homs', 'damascus')], id='chegaram-a-y-vindos-de-x'),
    pytest.param('Chegaram a Berlim 500 famílias da Polónia.', [('country:POL', 'geonames:2950159')], id='chegaram-a-y-familias-de-x'),
]

THE_SUBJECT_OF_AN_EVACUATION = [
    pytest.param('Várias aldeias perto de Alepo foram evacuadas no domingo.', [('aleppo~near', None)], id='aldeias-perto-de-x-evacuadas'),
    pytest.param('Homs e Hama foram evacuadas.', [('homs', None), ('geonames:170017', None)], id='x-e-y-evacuadas'),
]

TAKEN_INTO_A_BUILDING_OR_ACCOMPANIED = [
    pytest.param('As crianças foram conduzidas para uma escola em Lviv.', [(None, 'geonames:702550')], id='conduzidas-para-uma-escola-em-x'),
    pytest.param('Os sobreviventes foram resgatados de Mariupol.', [('geonames:701822', None)], id='resgatados-de-x'),
]

THE_MOVERS_BETWEEN_VERB_AND_GOAL = [
    pytest.param('A transferência dos pacientes para Damasco foi confirmada.', [(None, 'damascus')], id='transferencia-dos-pacientes-para-x'),
    pytest.param('O exército transferiu os homens para Homs.', [(None, 'homs')], id='transferiu-os-homens-para-x'),
]
