"""Portuguese sentences of tests/extract/test_demonym_mover.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THEIR_COUNTRY = [
    pytest.param('Milhares de sírios deixaram seu país rumo à Turquia no ano passado.', 'country:TUR', id='deixar-seu-pais'),
]

ARRIVAL_OF_A_DEMONYM = [
    pytest.param('Centenas de sudaneses chegaram ao Chade na segunda-feira.', id='arrival'),
]

NO_DEMONYM_ORIGIN = [
    pytest.param('Centenas de sudaneses chegaram ao Chade vindos da Líbia na segunda-feira.', id='origin-named'),
    pytest.param('Centenas de sudaneses regressaram na segunda-feira ao leste do Sudão.', id='part-of-their-country'),
]

THE_COUNTRY_OF_THE_DEMONYM = [
    pytest.param("Centenas de sírios chegaram à Turquia. Milhares de sírios deixaram o país em 2013.", id="fled-the-country-after-another"),
]

PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Cerca de 500 refugiados sudaneses alcançaram o Chade na sexta-feira.', id='alcancar'),
]

A_TRANSFER_OF_PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Cerca de 500 refugiados sudaneses foram levados para o Chade na sexta-feira.', id='levados-para'),
]
