"""Sentences the abbreviations of this language do not split (tests/text/test_sentence_abbreviations.py)."""

import pytest

SENTENCES_OF_THE_LANGUAGE = [
    pytest.param('The convoy left on Nov. 9. Nobody stayed behind.',
                 ['The convoy left on Nov. 9.', 'Nobody stayed behind.'], id='month'),
    pytest.param('Gen. Smith said the trucks were gone. They came back.',
                 ['Gen. Smith said the trucks were gone.', 'They came back.'], id='title'),
    pytest.param('Route No. 4 was closed. Cars turned back.',
                 ['Route No. 4 was closed.', 'Cars turned back.'], id='no'),
    pytest.param('They said no. Then they left.',
                 ['They said no.', 'Then they left.'], id='month-ends'),
]
