"""French sentences of tests/extract/test_modality.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_MOVE_NOT_STATED_AS_DONE_IS_A_MOVEMENT_WITH_ITS_MODALITY = [
    pytest.param("Les habitants ont reçu l'ordre de quitter Alep pour Damas.", ("aleppo", "damascus", "ordered"), id="ordre-de"),
    pytest.param("Les familles pourraient rejoindre Damas vendredi.", (None, "damascus", "possible"), id="pourraient"),
    pytest.param("Le gouverneur a appelé les habitants à quitter Alep.", ("aleppo", None, "demanded"), id="appele-a"),
]

A_MOVE_STATED_AS_DONE_HAS_NO_MODALITY = [
    pytest.param("Les familles ont fui Alep vers Damas."),
]

A_MOVE_THAT_DID_NOT_HAPPEN_IS_NO_MOVEMENT = [
    pytest.param("Les familles ont été empêchées de rejoindre Damas.", id="empechees-de"),
]

A_CHOICE_LEFT_OPEN_IS_NO_MOVEMENT = [
    pytest.param("Les familles doivent choisir soit de quitter Alep, soit de rester dans le camp.", id="soit-de"),
    pytest.param("Les familles hésitent entre quitter Alep et rester dans le camp.", id="hesiter-entre"),
]

# an obligation in a past tense reports the move as done ("had to flee", "ont dû fuir")
A_PAST_OBLIGATION_IS_A_MOVE_DONE = [
    pytest.param("Les familles ont dû fuir d'Alep à Damas.", id='ont-du'),
    pytest.param("Les familles ont été contraintes de fuir d'Alep à Damas.", id='ont-ete-contraintes-de'),
]
