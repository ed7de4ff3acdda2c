"""Portuguese sentences of tests/extract/test_frame_constructions_more.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TIME_PHRASE_BETWEEN_VERB_AND_MARKER_COUNTS_AS_ONE_WORD = [
    pytest.param("O barco tinha saído na manhã do domingo passado das praias da Líbia.", ("country:LBY", None),
                 id="na-manha-do-domingo-passado"),
    pytest.param("A família voltou na manhã de 3 de maio para Alepo.", (None, "aleppo"), id="na-manha-de"),
    pytest.param("Os soldados chegaram finalmente a Varsóvia.", (None, "geonames:756135"), id="chegaram-finalmente-a"),
]

A_WEAK_GOAL_OPENING_THE_CLAUSE_GOES_WITH_THE_ARRIVAL_AFTER_IT = [
    pytest.param("Ao Brasil chegaram ontem trezentas famílias.", (None, "country:BRA"), id="ao-x-chegaram"),
]

A_PHRASE_A_MARKER_OPENS_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Os refugiados foram transferidos do centro de acolhimento em Dundo para o novo campo em Luanda.",
                 ("geonames:145757", "geonames:2240449"), id="do-centro-em-x-para-o-campo-em-y"),
]

THE_WAY_ONE_IS_ON_AND_BEING_SENT_BACK = [
    pytest.param('Muitos voltaram à Ucrânia.', (None, 'country:UKR'), id='voltar-a'),
    pytest.param('Os migrantes foram levados à Líbia.', (None, 'country:LBY'), id='levados-a'),
    pytest.param('Os migrantes foram devolvidos à Turquia.', (None, 'country:TUR'), id='devolvidos-a'),
]

WHAT_THEY_FLEE_AFTER_THE_GOAL_IS_WHERE_THEY_LEAVE = [
    pytest.param("Milhares de sudaneses fugiram para o Chade da violência em Darfur.", ("darfur", "country:TCD"), id="para-x-da-violencia-em-y"),
    pytest.param("Centenas de famílias fugiram para Alepo das suas casas em Homs.", ("homs", "aleppo"), id="para-x-das-casas-em-y"),
]

THE_FIGHTING_AT_X_IS_WHAT_THEY_FLEE_NOT_WHERE_THEY_GO = [
    pytest.param("Centenas de famílias fugiram para Alepo dos combates em Homs.", ("homs", "aleppo"), id="para-x-dos-combates-em-y"),
    pytest.param("Centenas de famílias fugiram dos violentos combates em Homs.", ("homs", None), id="dos-violentos-combates-em-y"),
]

#: (from, to) expected; (place, None): no movement goes to that place
A_LOCATION_RIGHT_AFTER_A_FLIGHT_IS_WHERE_THEY_GO = [
    pytest.param("Vinte corpos foram deixados em Kiev.", ("geonames:703448", None), id="deixados-em-x"),
]

TAKING_A_VEHICLE_TO_X_IS_A_JOURNEY_THERE = [
    pytest.param("Centenas de famílias pegaram um ônibus de Homs para Alepo.", ("homs", "aleppo"), id="pegaram-um-onibus"),
    pytest.param("As famílias apanharam o comboio de Budapeste para Viena.", ("geonames:3054643", "geonames:2761369"), id="apanharam-o-comboio"),
]

A_TIME_WORD_AFTER_A_DEPARTURE_IS_NOT_WHAT_THEY_LEAVE = [
    pytest.param("O ministro fugiu no domingo para a Polónia.", (None, "country:POL"), id="no-domingo"),
]

A_REFLEXIVE_VERB_HOLDS_ITS_AUXILIARY = [
    pytest.param("Os refugiados dirigiram-se à Polónia.", (None, "country:POL"), id="dirigiram-se"),
]

A_TIME_WORD_AFTER_THE_VERB_OPENS_NO_CLAUSE = [
    pytest.param("As famílias seguiram depois para Beirute.", (None, "geonames:276781"), id="seguiram-depois-para"),
    pytest.param("Os feridos foram depois transportados para Beirute.", (None, "geonames:276781"), id="foram-depois-transportados"),
]

A_SOURCE_OPENING_THE_SENTENCE_NEEDS_NO_COMMA = [
    pytest.param("Desde Homs os civis foram retirados para Damasco.", ("homs", "damascus"), id="desde-x-sem-virgula"),
]

A_PLACE_AFTER_AN_EVENT_AND_A_MOTION_IS_THE_MOTIONS = [
    pytest.param("Três presos foram libertados e repatriados para a Polónia.", (None, "country:POL"), id="libertados-e-repatriados"),
]

A_NOUN_OF_MOTION_THAT_NAMES_THE_PLACE_NOUN_IS_PART_OF_THE_GOAL = [
    pytest.param("As famílias foram levadas para um centro de evacuação em Varsóvia.", (None, "geonames:756135"), id="centro-de-evacuacao"),
]

A_VERB_OF_SENDING_BACK = [
    pytest.param("Os homens foram devolvidos à Polónia.", (None, "country:POL"), id="devolvidos"),
]

A_PLACE_AFTER_ANOTHER_VERB_IS_NOT_WHERE_WHAT_THEY_LEAVE_LIES = [
    pytest.param("Deixaram as suas casas em Homs e atravessaram o Líbano a pé.", ("homs", None), id="casas-em-x-e-atravessaram-y"),
]

THE_FLED_EVENT_BEFORE_A_VERB_THAT_COMES_LAST = [
    pytest.param("Centenas de pessoas fugiram dos combates em Homs para o Líbano.", ("homs", "country:LBN"), id="fugiram-dos-combates"),
]

A_HAZARD_THE_NOUN_PHRASE_NAMES_IS_WHAT_MOVES = [
    pytest.param("A onda de cheia chegou a Kharkiv na segunda-feira.", "geonames:706483", id="onda-de-cheia"),
]

A_NUMBER_OF_DAYS_AND_LATER_BEFORE_THE_MARKER = [
    pytest.param("Os soldados chegaram quatro dias depois a Varsóvia.", (None, "geonames:756135"), id="quatro-dias-depois"),
]

A_HAZARD_IN_A_SUBORDINATE_CLAUSE_BEFORE_THE_VERB = [
    pytest.param("Como os confrontos continuavam, muitas famílias fugiram para Varsóvia.", (None, "geonames:756135"), id="como-os-confrontos"),
]

A_STAY_SPENT_BEFORE_THE_MOVE_IS_WHERE_IT_STARTS = [
    pytest.param('Ele voltou a Graz depois de passar duas semanas em Viena.', ('geonames:2761369', 'geonames:2778067'), id='depois-de-passar'),
]

GETTING_ON_A_VEHICLE_AT_X_IS_WHERE_THEY_BOARD = [
    pytest.param('Os soldados subiram num trem em Viena.', ('geonames:2761369', None), id='subir-em'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_OBJECT = [
    pytest.param('A Cruz Vermelha transferiu por via terrestre as crianças de Homs para Damasco.', ("homs", "damascus"), id='por-via-terrestre'),
    pytest.param('Os socorristas levaram de barco os idosos de Homs para Damasco.', ("homs", "damascus"), id='de-barco'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_PLACE_REACHED = [
    pytest.param('As crianças alcançaram de trem as escolas de Damasco.', (None, "damascus"), id='de-trem'),
]

# who holds or took a place, named by the word that also marks a start: no origin
THE_AGENT_OF_A_PARTICIPLE_IS_NO_ORIGIN = [
    pytest.param('Os civis foram levados de Kherson para a Crimeia, controlada pela Rússia.', id='controlada-pela'),
]

# whom the verb moves, a group of several words, after a time word
A_GROUP_MOVED_IS_ONE_OBJECT = [
    pytest.param('O exército transferiu ontem um segundo grupo de 25 mulheres para Homs.', (None, "homs"), id='um-segundo-grupo-de'),
]

# how they came, between the verb and where they came from ("on foot from X")
A_MEANS_OF_TRAVEL_BEFORE_THE_START = [
    pytest.param('A maioria dos refugiados chegou a pé de Alepo.', ("aleppo", None), id='chegou-a-pe-de'),
]

WHERE_THE_SENTENCE_BEFORE_HELD_THEM = [
    pytest.param('Os caminhantes estavam presos em Hama havia vários dias. Na segunda-feira foram levados de helicóptero para Damasco.', ('geonames:170017', 'damascus'), id='presos-em'),
]

THE_PLACE_OPENING_THE_SENTENCE_IS_WHERE_THEY_ARE = [
    pytest.param('A maioria das famílias foi para Beirute. Em Hama, famílias que deixaram Alepo na semana passada dormem em escolas.', ('aleppo', 'geonames:170017'), id='opening-place'),
]

A_PLACE_OPENING_A_REPORT_IS_WHERE_IT_WAS_SAID = [
    pytest.param('A maioria das famílias foi para Beirute. Em Hama, a agência disse que famílias deixaram Alepo na semana passada.', ('aleppo', 'geonames:170017'), id='opening-place-said'),
]

HERE_IS_WHERE_THE_SPEAKER_IS = [
    pytest.param('A maioria das famílias foi para Beirute na semana passada. "Todas as noites dezenas de famílias chegam aqui vindas de Alepo", disse um médico de Hama.', ('aleppo', 'geonames:170017'), id='here-said-in'),
]

A_VERB_OF_COMING_IS_NOT_WHERE_THE_SPEAKER_IS = [
    pytest.param('A maioria das famílias foi para Beirute na semana passada. "Todas as noites vêm dezenas de famílias de Alepo", disse um porta-voz da agência em Hama.', ('aleppo', 'geonames:170017'), id='come-from-said-in'),
]

# the "of" that ends a marker of several words, repeated after "and": the same goal
A_MARKER_ENDING_IN_OF_REPEATED = [
    pytest.param('Os caminhões partiram de Homs em direção de Hama e de Damasco.', id='em-direcao-de-x-e-de-y'),
]

# where they are now, after a word of now: the end of a departure that names only its start
WHERE_THEY_ARE_NOW_AFTER_A_WORD_OF_NOW = [
    pytest.param('Ele deixou Homs em maio e agora vive numa tenda em Alepo.', ("homs", "aleppo"), id='agora-vive-em'),
]

# a hazard after a place set before it: no people move
A_HAZARD_AFTER_A_FRONTED_PLACE = [
    pytest.param('Em Kassel, a água chegou ao primeiro andar das casas.', id='em-x-a-agua-chegou'),
]
