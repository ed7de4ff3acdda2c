"""French cases of tests/extract/test_speaker_phrase.py: our own sentences."""

import pytest

ADVERB_BETWEEN_SPEAKER_AND_VERB = [
    pytest.param("Le maire a également déclaré que des centaines de familles avaient fui d'Alep vers Damas.", 'Le maire', id="adverb"),
    pytest.param("Le maire a aussi affirmé que des centaines de familles avaient fui d'Alep vers Damas.", 'Le maire', id="auxiliary-and-adverb"),
]

PARENTHESIS_BEFORE_THE_VERB = [
    pytest.param("Les responsables de l'agence (l'Office des routes, du rail et des ports) ont déclaré que des centaines de familles avaient fui d'Alep vers Damas.", "Les responsables de l'agence", id="long-parenthesis-with-commas"),
]

A_SOURCE_NAMED_BY_ITS_REPORT = [
    pytest.param("Un rapport de l'agence indique que des centaines de familles ont fui d'Alep vers Damas.", "l'agence", id='rapport-de'),
    pytest.param("Selon des informations de l'agence, des centaines de familles ont fui d'Alep vers Damas.", "l'agence", id='informations-de'),
]
