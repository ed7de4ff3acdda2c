"""Spanish cases of tests/extract/test_speaker_phrase.py: our own sentences."""

import pytest

ADVERB_BETWEEN_SPEAKER_AND_VERB = [
    pytest.param('El alcalde también dijo que cientos de familias habían huido de Alepo a Damasco.', 'El alcalde', id="adverb"),
    pytest.param('El alcalde también ha dicho que cientos de familias habían huido de Alepo a Damasco.', 'El alcalde', id="auxiliary-and-adverb"),
]

PARENTHESIS_BEFORE_THE_VERB = [
    pytest.param('Responsables de la agencia (la Oficina de Carreteras, Ferrocarriles y Puertos) dijeron que cientos de familias habían huido de Alepo a Damasco.', 'Responsables de la agencia', id="long-parenthesis-with-commas"),
]

A_SOURCE_NAMED_BY_ITS_REPORT = [
    pytest.param('Un informe de la agencia indica que cientos de familias huyeron de Alepo a Damasco.', 'la agencia', id='informe-de'),
    pytest.param('Según informaciones de la agencia, cientos de familias huyeron de Alepo a Damasco.', 'la agencia', id='informaciones-de'),
]
