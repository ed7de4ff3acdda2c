"""Portuguese sentences of tests/extract/test_frame_constructions_more.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TIME_PHRASE_BETWEEN_VERB_AND_MARKER_COUNTS_AS_ONE_WORD = [
    pytest.param("O barco tinha saído na manhã do domingo passado das praias da Líbia.", ("country:LBY", None),
                 id="na-manha-do-domingo-passado"),
    pytest.param("A família voltou na manhã de 3 de maio para Alepo.", (None, "aleppo"), id="na-manha-de"),
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
