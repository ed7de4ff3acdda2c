"""Sentences the abbreviations of this language do not split (tests/text/test_sentence_abbreviations.py)."""

import pytest

SENTENCES_OF_THE_LANGUAGE = [
    pytest.param('Chegaram em 4 de out. 2022 a Braga. Depois partiram.',
                 ['Chegaram em 4 de out. 2022 a Braga.', 'Depois partiram.'], id='month'),
    pytest.param('A Dra. Lima saiu de Faro. Ninguém ficou.',
                 ['A Dra. Lima saiu de Faro.', 'Ninguém ficou.'], id='title'),
]
