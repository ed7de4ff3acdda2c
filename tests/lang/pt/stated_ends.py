"""Portuguese sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    pytest.param("Começou ontem a retirada dos soldados das regiões de Kiev e Chernihiv.", ("region:UA.13", None), id="retirada-das-tropas-das"),
    pytest.param("O exército levou as famílias para Luanda.", (None, "geonames:2240449"), id="levou-as-familias-para"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("O ministério enviou uma carta para Luanda.", id="enviou-uma-carta-para"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("O comboio viajou entre Gao e Niamey.", ("geonames:2457163", "geonames:2440485"), id="viajou-entre-x-e-y"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("Os combates entre Gao e Niamey continuam.", id="combates-entre"),
]

A_PLACE_THE_COPULA_JOINS_TO_A_DESTINATION = [
    pytest.param("O destino inicial é Roma.", [(None, "geonames:3169070")], id="o-destino-e-x"),
]

A_PHRASE_OF_REFUGE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    # held before (the location "no" after the phrase): the same construction
    pytest.param("Milhares de pessoas fugiram do Sudão para a segurança no Chade.", ("country:SDN", "country:TCD"), id="fugiram-de-x-para-a-seguranca-no-y"),
]

FROM_WHERE_IS_THE_PLACE_NAMED_BEFORE = [
    pytest.param("Os aviões pousaram em Roma, capital da Itália, de onde seguiram para Israel.", ("geonames:3169070", "country:ISR"), id="de-onde"),
]

THE_CAPITAL_OF_A_COUNTRY_DESCRIBES_THE_PLACE_BEFORE = [
    pytest.param("As famílias fugiram para Roma, capital da Itália.", "country:ITA", id="x-capital-da-y"),
]

# (an invented name no gazetteer knows ends the list)
A_LIST_OF_DESTINATIONS_ENDING_IN_AN_UNKNOWN_NAME = [
    pytest.param("Lisboa, Porto e Zorvania serão os destinos das famílias.", [(None, "geonames:2267057")], id="x-y-and-an-unknown-name"),
]

# (the story's earlier movement must lend no origin: the sentence states one, in words no place is)
AN_END_FRONTED_IN_WORDS = [
    pytest.param('Milhares de refugiados chegaram da Grécia à Macedônia. A situação na fronteira é tensa. De Xyzabad, eles caminham para a Sérvia.', id="unknown-name"),
    pytest.param('Milhares de refugiados chegaram da Grécia à Macedônia. A situação na fronteira é tensa. Do campo, eles caminham para a Sérvia.', id="place-noun"),
]

A_STATE_OF_THINGS_IS_NO_MOVER = [
    pytest.param('A vida normal voltou a Alepo.', id='life-returned'),
    pytest.param('A calma regressou a Homs na segunda-feira.', id='calm-returned'),
]
