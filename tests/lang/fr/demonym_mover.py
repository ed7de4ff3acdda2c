"""French sentences of tests/extract/test_demonym_mover.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THEIR_COUNTRY = [
    pytest.param("Des milliers de Syriens ont quitté leur pays pour la Turquie l'an dernier.", 'country:TUR', id='quitter-leur-pays'),
]

ARRIVAL_OF_A_DEMONYM = [
    pytest.param('Des centaines de Soudanais sont arrivés au Tchad lundi.', id='arrival'),
]

NO_DEMONYM_ORIGIN = [
    pytest.param('Des centaines de Soudanais sont arrivés au Tchad depuis la Libye lundi.', id='origin-named'),
    pytest.param('Des réfugiés ont franchi la frontière soudanaise vers le Tchad lundi.', id='adjective-of-a-place'),
    pytest.param('La force soudanaise installée au Tchad a reçu des renforts.', id='adjective-after-a-noun'),
    pytest.param("Des centaines de Soudanais sont rentrés dans l'est du Soudan lundi.", id='part-of-their-country'),
]

THE_COUNTRY_OF_THE_DEMONYM = [
    pytest.param("Des centaines de Syriens ont atteint la Turquie. Des milliers de Syriens avaient fui le pays en 2013.", id="fled-the-country-after-another"),
]

PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Quelque 500 réfugiés soudanais ont atteint le Tchad vendredi.', id='atteindre'),
]

A_TRANSFER_OF_PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Quelque 500 réfugiés soudanais ont été conduits au Tchad vendredi.', id='conduits-a'),
]
