"""Sentences the abbreviations of this language do not split (tests/text/test_sentence_abbreviations.py)."""

import pytest

SENTENCES_OF_THE_LANGUAGE = [
    pytest.param('El Sr. Gómez llegó a Cádiz. Luego se fue.',
                 ['El Sr. Gómez llegó a Cádiz.', 'Luego se fue.'], id='title'),
    pytest.param('Salieron el 2 de dic. 2023 hacia Vigo. Nadie volvió.',
                 ['Salieron el 2 de dic. 2023 hacia Vigo.', 'Nadie volvió.'], id='month'),
]
