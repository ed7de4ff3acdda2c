"""Portuguese cases of tests/extract/test_speaker_phrase.py: our own sentences."""

import pytest

ADVERB_BETWEEN_SPEAKER_AND_VERB = [
    pytest.param('O prefeito também disse que centenas de famílias tinham fugido de Alepo para Damasco.', 'O prefeito', id="adverb"),
    pytest.param('O prefeito tinha já dito que centenas de famílias tinham fugido de Alepo para Damasco.', 'O prefeito', id="auxiliary-and-adverb"),
]

PARENTHESIS_BEFORE_THE_VERB = [
    pytest.param('Responsáveis da agência (o Gabinete de Estradas, Ferrovias e Portos) disseram que centenas de famílias tinham fugido de Alepo para Damasco.', 'Responsáveis da agência', id="long-parenthesis-with-commas"),
]

A_SOURCE_NAMED_BY_ITS_REPORT = [
    pytest.param('Um relatório da agência indica que centenas de famílias fugiram de Alepo para Damasco.', 'agência', id='relatorio-de'),
    pytest.param('Segundo informações da agência, centenas de famílias fugiram de Alepo para Damasco.', 'agência', id='informacoes-de'),
]
