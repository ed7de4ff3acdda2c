"""Sentences the abbreviations of this language do not split (tests/text/test_sentence_abbreviations.py)."""

import pytest

SENTENCES_OF_THE_LANGUAGE = [
    pytest.param('Dhr. Jansen vertrok naar Gent. Niemand bleef.',
                 ['Dhr. Jansen vertrok naar Gent.', 'Niemand bleef.'], id='title'),
]
