"""Sentences the abbreviations of this language do not split (tests/text/test_sentence_abbreviations.py)."""

import pytest

SENTENCES_OF_THE_LANGUAGE = [
    pytest.param('Am 3. Oktober zogen sie nach Bonn. Danach blieben sie.',
                 ['Am 3. Oktober zogen sie nach Bonn.', 'Danach blieben sie.'], id='ordinal'),
    pytest.param('Rund 2 Mio. Menschen flohen aus der Stadt. Viele kamen zurück.',
                 ['Rund 2 Mio. Menschen flohen aus der Stadt.', 'Viele kamen zurück.'], id='million'),
    pytest.param('Es waren 3. Danach ging es weiter.',
                 ['Es waren 3.', 'Danach ging es weiter.'], id='number-ends'),
]
