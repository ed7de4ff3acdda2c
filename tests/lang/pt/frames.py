"""Portuguese sentences of tests/extract/test_frames.py, one table a test (see tests/lang/__init__.py)."""

import pytest

MOVEMENT_CONSTRUCTIONS = [
    pytest.param("Os combatentes fugiram de Raqqa para Palmira.", ("raqqa", "palmyra"), id="de-para"),
]

ATTRIBUTION_ORDERS = [
    pytest.param("Segundo o governador, os combatentes deixaram Raqqa rumo a Palmira.", "o governador", id="segundo"),
    pytest.param("O governador disse que os combatentes deixaram Raqqa rumo a Palmira.", "O governador", id="x-disse"),
    pytest.param("Os combatentes deixaram Raqqa rumo a Palmira, disse o governador.", "o governador", id="disse-x"),
]

DENIAL_MARKS_THE_CLAIM_DISPUTED = [
    pytest.param("Segundo o observatório, os combatentes deixaram Raqqa rumo a Palmira. O ministério negou.", id="negou"),
]

COMPASS_PART_OF_AN_AREA_IS_A_PLACE = [
    pytest.param("Milhares de pessoas fugiram do norte do Mali.", "country:MLI~north", id="norte-do"),
]

INFINITIVE_AFTER_A_PREPOSITION_IS_A_VERB = [
    pytest.param("Milhares de pessoas começaram a deixar Raqqa.", id="infinitive-after-a"),
]

A_NEGATED_VERB_OF_SAYING_IS_NO_ATTRIBUTION = [
    pytest.param("O governador não disse por que o comboio deixou Raqqa rumo a Palmira.", id="nao-disse"),
]

A_GOAL_PHRASE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("O comboio seguia para uma zona ainda controlada pelos rebeldes em Raqqa.", (None, "raqqa"), id="goal-phrase-located"),
]

A_STATE_THAT_ORDERS_AN_EVACUATION_IS_WHERE_IT_STARTS = [
    pytest.param("O Texas ordenou a retirada das suas cidades costeiras na sexta-feira.", id="state-orders-evacuation"),
]

A_DAY_BETWEEN_THE_VERB_AND_ITS_OBJECT_DOES_NOT_HIDE_THE_PLACE = [
    pytest.param("Milhares de pessoas deixaram ontem os bairros de Homs.", id="day-before-object"),
]

A_MOVE_STARTS_WHERE_ITS_OWN_SENTENCE_PLACES_THEM = [
    pytest.param("Cerca de 300 famílias continuam em Homs e esperam para seguir para Palmira.", id="still-in-x-then-head-to-y"),
]

A_NEGATED_MOVEMENT_IS_NO_MOVEMENT_AND_IS_LISTED = [
    pytest.param("As famílias não deixaram Homs na segunda-feira.", id="nao-deixaram"),
]

LEAVING_A_BARE_COMPASS_PART_FOR_WHERE_THEY_ARE_NOW = [
    pytest.param("Os combates continuam na Faixa de Gaza. Muitas famílias estão agora apertadas no sul desde que o "
        "exército mandou os civis deixarem o norte.", id="leave-the-north-now-in-the-south"),
]

A_CLAUSE_OF_PURPOSE_LOCATES_WHERE_A_DEPARTURE_GOES = [
    pytest.param("As famílias deixaram Homs para procurar abrigo em Palmira.", id="para-em-x"),
]

A_BORDER_NAMED_BY_ADJECTIVES_AT_THE_END_OF_A_SENTENCE = [
    pytest.param("O comboio seguia para a fronteira sírio-iraquiana.", id="border-adjectives-last"),
]

FROM_THERE_IS_THE_TOWN_NOT_ITS_COUNTRY = [
    pytest.param("A primeira escala foi Roma, a capital da Itália. De lá, o avião seguiu para Beirute.", id="from-there-after-capital-of"),
]

THE_CAPITAL_OF_AN_ADJECTIVE_THAT_IS_NO_COUNTRYS = [
    pytest.param("Famílias de Mossul e Kirkuk, no Iraque, partiram na semana passada para a capital baiana.", "Baghdad", id="capital-baiana"),
]

THE_BORDER_WITH_A_COUNTRY_IS_A_NAMED_NEIGHBOURS = [
    pytest.param("Os motoristas moram em Berlim. O autocarro levou os refugiados desde a fronteira com a Ucrânia até Varsóvia.", "border:country:POL|country:UKR", id="border-with-ukraine"),
]

BORDER_BETWEEN_ANY_TWO_COUNTRIES = [
    pytest.param("Famílias de Caracas fugiram para a fronteira colombiana.", "border:country:COL|country:VEN", id="fronteira-adjetivo"),
]
