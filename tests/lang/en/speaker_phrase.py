"""English cases of tests/extract/test_speaker_phrase.py: our own sentences."""

import pytest

ADVERB_BETWEEN_SPEAKER_AND_VERB = [
    pytest.param('The mayor also said that hundreds of families had fled from Aleppo to Damascus.', 'The mayor', id="adverb"),
    pytest.param('The mayor has also said that hundreds of families had fled from Aleppo to Damascus.', 'The mayor', id="auxiliary-and-adverb"),
]

PARENTHESIS_BEFORE_THE_VERB = [
    pytest.param('Officials of the agency (the Office for Roads, Rail and Ports) said that hundreds of families had fled from Aleppo to Damascus.', 'Officials of the agency', id="long-parenthesis-with-commas"),
]

A_SOURCE_NAMED_BY_ITS_REPORT = [
    pytest.param('A report by the agency said that hundreds of families had fled from Aleppo to Damascus.', 'the agency', id='report-by'),
    pytest.param('A local media report said that hundreds of families had fled from Aleppo to Damascus.', 'A local media report', id='noun-before-the-verb'),
    pytest.param('According to recent information from the agency, hundreds of families fled from Aleppo to Damascus.', 'the agency', id='information-from'),
]

AN_ACRONYM_IS_A_NAME = [
    pytest.param('"Hundreds of families fled from Aleppo to Damascus," the WHO said in a statement.', "the WHO", id="after-quote"),
    pytest.param("The WHO said that hundreds of families had fled from Aleppo to Damascus.", "The WHO", id="subject"),
    pytest.param("Hundreds of families fled from Aleppo to Damascus, according to the WHO.", "the WHO", id="according-to"),
]
