"""Portuguese sentences of tests/extract/test_modality.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_MOVE_NOT_STATED_AS_DONE_IS_A_MOVEMENT_WITH_ITS_MODALITY = [
    pytest.param("Os moradores receberam ordem de deixar Aleppo.", ("aleppo", None, "ordered"), id="ordem-de"),
    pytest.param("As famílias poderiam chegar a Damasco na sexta-feira.", (None, "damascus", "possible"), id="poderiam"),
    pytest.param("O governador pediu aos moradores que deixem Aleppo.", ("aleppo", None, "demanded"), id="pediu"),
]

A_MOVE_STATED_AS_DONE_HAS_NO_MODALITY = [
    pytest.param("As famílias fugiram de Aleppo para Damasco."),
]

A_MOVE_THAT_DID_NOT_HAPPEN_IS_NO_MOVEMENT = [
    pytest.param("As famílias foram impedidas de chegar a Damasco.", id="impedidas-de"),
]

A_CHOICE_LEFT_OPEN_IS_NO_MOVEMENT = [
    pytest.param("As famílias vão decidir entre deixar Alepo ou ficar no campo.", id="decidir-entre"),
    pytest.param("As famílias precisam escolher entre deixar Alepo e ficar no campo.", id="escolher-entre"),
]

# an obligation in a past tense reports the move as done ("had to flee", "ont dû fuir")
A_PAST_OBLIGATION_IS_A_MOVE_DONE = [
    pytest.param('As famílias tiveram de fugir de Alepo para Damasco.', id='tiveram-de'),
    pytest.param('As famílias tiveram que fugir de Alepo para Damasco.', id='tiveram-que'),
]
