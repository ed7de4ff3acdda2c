"""German cases of tests/extract/test_speaker_phrase.py: our own sentences."""

import pytest

ADVERB_BETWEEN_SPEAKER_AND_VERB = [
    pytest.param('Der Bürgermeister hat auch gesagt, dass Hunderte Familien von Aleppo nach Damaskus geflohen seien.', 'Der Bürgermeister', id="adverb"),
    pytest.param('Der Bürgermeister hatte zuvor erklärt, dass Hunderte Familien von Aleppo nach Damaskus geflohen seien.', 'Der Bürgermeister', id="auxiliary-and-adverb"),
]

PARENTHESIS_BEFORE_THE_VERB = [
    pytest.param('Vertreter der Behörde (des Amtes für Straßen, Bahn und Häfen) sagten, dass Hunderte Familien von Aleppo nach Damaskus geflohen seien.', 'Vertreter der Behörde', id="long-parenthesis-with-commas"),
]

A_SOURCE_NAMED_BY_ITS_REPORT = [
    pytest.param('Ein Bericht der Behörde zeigt, dass Hunderte Familien von Aleppo nach Damaskus geflohen sind.', 'der Behörde', id='bericht-der'),
    pytest.param('Laut Informationen der Behörde sind Hunderte Familien von Aleppo nach Damaskus geflohen.', 'der Behörde', id='informationen-der'),
]
