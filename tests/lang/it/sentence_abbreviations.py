"""Sentences the abbreviations of this language do not split (tests/text/test_sentence_abbreviations.py)."""

import pytest

SENTENCES_OF_THE_LANGUAGE = [
    pytest.param('Il dott. Rossi è arrivato a Bari. Poi è ripartito.',
                 ['Il dott. Rossi è arrivato a Bari.', 'Poi è ripartito.'], id='title'),
]
