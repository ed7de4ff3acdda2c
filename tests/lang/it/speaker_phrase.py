"""Italian cases of tests/extract/test_speaker_phrase.py: our own sentences."""

import pytest

ADVERB_BETWEEN_SPEAKER_AND_VERB = [
    pytest.param('Il sindaco ha anche detto che centinaia di famiglie erano fuggite da Aleppo a Damasco.', 'Il sindaco', id="adverb"),
    pytest.param('Il sindaco ha inoltre dichiarato che centinaia di famiglie erano fuggite da Aleppo a Damasco.', 'Il sindaco', id="auxiliary-and-adverb"),
]

PARENTHESIS_BEFORE_THE_VERB = [
    pytest.param("Funzionari dell'agenzia (l'Ufficio per strade, ferrovie e porti) hanno detto che centinaia di famiglie erano fuggite da Aleppo a Damasco.", "Funzionari dell'agenzia", id="long-parenthesis-with-commas"),
]

A_SOURCE_NAMED_BY_ITS_REPORT = [
    pytest.param("Un rapporto dell'agenzia indica che centinaia di famiglie sono fuggite da Aleppo a Damasco.", 'agenzia', id='rapporto-di'),
    pytest.param("Secondo informazioni dell'agenzia, centinaia di famiglie sono fuggite da Aleppo a Damasco.", 'agenzia', id='informazioni-di'),
]
