"""Sentences the abbreviations of this language do not split (tests/text/test_sentence_abbreviations.py)."""

import pytest

SENTENCES_OF_THE_LANGUAGE = [
    pytest.param('Mme Durand est partie. M. Leroy est resté à Lyon.',
                 ['Mme Durand est partie.', 'M. Leroy est resté à Lyon.'], id='title'),
    pytest.param('Ils sont arrivés le 3 janv. 2024 à Lyon. Puis ils sont repartis.',
                 ['Ils sont arrivés le 3 janv. 2024 à Lyon.', 'Puis ils sont repartis.'], id='month'),
]
